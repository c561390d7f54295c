package org.glossa.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;
import org.glossa.diag.RuleLevel;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;

/** Reads {@code content/config.yaml} into a {@link SiteConfig}, reporting every problem with its line. */
public final class ConfigLoader {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern SITE_PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*([A-Za-z0-9_-][A-Za-z0-9._-]*)?(#[A-Za-z0-9_-]+)?");
  /** Folders at the top of the site that Glossa fills itself. */
  private static final Set<String> RESERVED_PREFIXES = Set.of("assets");
  private static final Set<String> TOP_KEYS = keysWithoutPrefix("");
  private static final Set<String> LANGUAGE_KEYS = keysWithoutPrefix("languages.<tag>.");

  private ConfigLoader() {}

  public static Optional<SiteConfig> load(SourceFile file, Diagnostics diagnostics) {
    Optional<YamlMap> parsed = YamlMap.parse(file.text(), file.path(), 0, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = parsed.get();
    yaml.rejectUnknownKeys(TOP_KEYS, "config");
    URI baseUrl = baseUrl(yaml);
    int errorsBefore = diagnostics.errorCount();
    List<Language> languages = languages(yaml);
    if (languages.isEmpty()) {
      if (diagnostics.errorCount() == errorsBefore) {
        yaml.errorAt("languages", "no languages configured", "add 'languages:' with at least one language tag, e.g. 'en: {title: My edition}'");
      }
      return Optional.empty();
    }
    if (!conversionsAreValid(yaml, languages)) {
      return Optional.empty();
    }
    String defaultLanguage = yaml.string(ConfigKey.DEFAULT_LANGUAGE.key(), languages.get(0).tag());
    if (languages.stream().noneMatch(l -> l.tag().equals(defaultLanguage))) {
      yaml.errorAt(ConfigKey.DEFAULT_LANGUAGE.key(), "default language '" + defaultLanguage + "' is not one of the languages",
          "use one of " + languages.stream().map(Language::tag).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    MissingTranslationPolicy missing = enumValue(yaml, ConfigKey.MISSING_TRANSLATION, MissingTranslationPolicy.class);
    AnnotationScope annotate = enumValue(yaml, ConfigKey.ANNOTATE, AnnotationScope.class);
    String manualUrl = link(yaml, ConfigKey.MANUAL_URL, true);
    String repositoryUrl = link(yaml, ConfigKey.REPOSITORY_URL, false);
    Optional<Boolean> rawHtml = yaml.bool(ConfigKey.RAW_HTML.key());
    Map<Rule, RuleLevel> rules = rules(yaml);
    if (baseUrl == null || missing == null || annotate == null || manualUrl == null || repositoryUrl == null
        || diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new SiteConfig(baseUrl, defaultLanguage, languages, missing, annotate, manualUrl, repositoryUrl,
        rawHtml.orElse(false), rules));
  }

  /** An absolute http(s) URL, or (where {@code belowSite}) a path below the site root; empty when absent, null when wrong. */
  private static String link(YamlMap yaml, ConfigKey key, boolean belowSite) {
    String raw = yaml.string(key.key()).map(String::strip).orElse("");
    if (raw.isEmpty() || parseBaseUrl(raw).isPresent() && raw.matches("(?i)https?://.*")
        || belowSite && SITE_PATH.matcher(raw).matches()) {
      return raw;
    }
    yaml.errorAt(key.key(), key.key() + " '" + raw + "' is not " + (belowSite ? "an absolute http(s) URL or a path below the site" : "an absolute http(s) URL"),
        belowSite ? "write e.g. manual/ (beside the edition) or https://example.org/glossa/manual/" : "write e.g. https://github.com/owner/repo");
    return null;
  }

  private static URI baseUrl(YamlMap yaml) {
    String raw = yaml.string(ConfigKey.BASE_URL.key(), ConfigKey.BASE_URL.defaultValue());
    Optional<URI> uri = parseBaseUrl(raw);
    if (uri.isEmpty()) {
      yaml.errorAt(ConfigKey.BASE_URL.key(), "baseUrl '" + raw + "' is not an absolute http(s) URL",
          "write it like https://example.github.io/repo/");
      return null;
    }
    return uri.get();
  }

  /** An absolute http or https URL, with a trailing slash added; empty if {@code raw} is not one. */
  public static Optional<URI> parseBaseUrl(String raw) {
    try {
      URI uri = new URI(raw.endsWith("/") ? raw : raw + "/");
      boolean ok = uri.isAbsolute() && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
      return ok ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static List<Language> languages(YamlMap yaml) {
    Optional<YamlMap> map = yaml.map(ConfigKey.LANGUAGES.key());
    List<Language> out = new ArrayList<>();
    if (map.isEmpty()) {
      return out;
    }
    for (String tag : map.get().keys()) {
      if (!TAG.matcher(tag).matches()) {
        map.get().errorAt(tag, "'" + tag + "' is not a BCP 47 language tag of the form en, zh-Hans or pt-BR", "");
        continue;
      }
      Optional<YamlMap> settings = map.get().map(tag);
      if (settings.isEmpty()) {
        map.get().errorAt(tag, "language '" + tag + "' needs its settings", "write e.g. '" + tag + ": {title: ..., name: ...}'");
        continue;
      }
      YamlMap s = settings.get();
      s.rejectUnknownKeys(LANGUAGE_KEYS, "language");
      String prefix = s.string("prefix", tag.toLowerCase(Locale.ROOT));
      if (!PREFIX.matcher(prefix).matches()) {
        s.errorAt("prefix", "URL prefix '" + prefix + "' must be lower-case letters, digits and '-'", "");
      } else if (RESERVED_PREFIXES.contains(prefix)) {
        s.errorAt("prefix", "URL prefix '" + prefix + "' is taken by the site's own files (" + prefix + "/)",
            "choose another prefix, such as the language tag in lower case");
      }
      if (out.stream().anyMatch(l -> l.prefix().equals(prefix))) {
        s.errorAt("prefix", "URL prefix '" + prefix + "' is used by two languages", "");
      }
      Optional<String> title = s.string("title");
      Optional<String> convertFrom = s.string(CONVERT_FROM);
      if (title.isEmpty() && convertFrom.isEmpty()) {
        map.get().errorAt(tag, "language '" + tag + "' has no title", "add 'title: <site title in this language>'");
      }
      out.add(new Language(tag, prefix, s.string("name", tag), title.orElse(""), s.string("description", ""), convertFrom));
    }
    return out;
  }

  /** {@code rules: {cjk-latin-space: off, unused-note: error}}: each name a {@link Rule}, each value a {@link RuleLevel}. */
  private static Map<Rule, RuleLevel> rules(YamlMap yaml) {
    Map<Rule, RuleLevel> out = new EnumMap<>(Rule.class);
    if (!yaml.has(ConfigKey.RULES.key())) {
      return out;
    }
    Optional<YamlMap> map = yaml.map(ConfigKey.RULES.key());
    if (map.isEmpty()) {
      yaml.errorAt(ConfigKey.RULES.key(), "rules must be a map of rule names to error, warning or off",
          "write e.g. 'rules: {cjk-latin-space: off, unused-note: error}'");
      return out;
    }
    for (String name : map.get().keys()) {
      Optional<Rule> rule = Rule.byId(name);
      Optional<RuleLevel> level = map.get().string(name).flatMap(RuleLevel::parse);
      if (rule.isEmpty()) {
        map.get().errorAtKey(name, "'" + name + "' is not a rule", "the rules are " + Arrays.stream(Rule.values()).map(Rule::id)
            .collect(Collectors.joining(", ")) + " (each warning names its rule in brackets)");
      } else if (level.isEmpty()) {
        map.get().errorAt(name, "'" + map.get().string(name).orElse("") + "' is not a level of " + name, "use error, warning or off");
      } else {
        out.put(rule.get(), level.get());
      }
    }
    return out;
  }

  /** Script conversions the build can make: generated language → its source. */
  private static final java.util.Map<String, String> CONVERSIONS = java.util.Map.of("zh-Hant", "zh-Hans");
  private static final String CONVERT_FROM = ConfigKey.LANGUAGE_CONVERT_FROM.key().substring("languages.<tag>.".length());

  /** Each {@code convertFrom} names a conversion Glossa makes, from a language of the site that has its own files. */
  private static boolean conversionsAreValid(YamlMap yaml, List<Language> languages) {
    boolean ok = true;
    YamlMap map = yaml.map(ConfigKey.LANGUAGES.key()).orElseThrow();
    for (Language language : languages) {
      if (language.convertFrom().isEmpty()) {
        continue;
      }
      String from = language.convertFrom().get();
      YamlMap settings = map.map(language.tag()).orElseThrow();
      if (!from.equals(CONVERSIONS.get(language.tag()))) {
        settings.errorAt(CONVERT_FROM, "cannot generate " + language.tag() + " from " + from,
            "Glossa converts script only: zh-Hant: {convertFrom: zh-Hans}");
        ok = false;
      } else if (languages.stream().noneMatch(l -> l.tag().equals(from) && l.convertFrom().isEmpty())) {
        settings.errorAt(CONVERT_FROM, language.tag() + " is converted from " + from + ", which is not a language of the site with its own files",
            "add " + from + " to 'languages:'");
        ok = false;
      }
    }
    return ok;
  }

  /** The value of an enum-valued key; when absent, the default documented in {@link ConfigKey}. */
  private static <E extends Enum<E>> E enumValue(YamlMap yaml, ConfigKey key, Class<E> type) {
    String raw = yaml.string(key.key()).orElse(key.defaultValue());
    String constant = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    yaml.errorAt(key.key(), "'" + raw + "' is not a value of " + key.key(), "use one of " + Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    return null;
  }

  private static Set<String> keysWithoutPrefix(String prefix) {
    return Arrays.stream(ConfigKey.values()).map(ConfigKey::key)
        .filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()))
        .filter(k -> !k.contains("."))
        .collect(Collectors.toUnmodifiableSet());
  }
}
