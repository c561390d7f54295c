package org.glossa.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;

/** Reads {@code content/config.yaml} into a {@link SiteConfig}, reporting every problem with its line. */
public final class ConfigLoader {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]*");
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
    String defaultLanguage = yaml.string(ConfigKey.DEFAULT_LANGUAGE.key(), languages.get(0).tag());
    if (languages.stream().noneMatch(l -> l.tag().equals(defaultLanguage))) {
      yaml.errorAt(ConfigKey.DEFAULT_LANGUAGE.key(), "default language '" + defaultLanguage + "' is not one of the languages",
          "use one of " + languages.stream().map(Language::tag).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    MissingTranslationPolicy missing = enumValue(yaml, ConfigKey.MISSING_TRANSLATION, MissingTranslationPolicy.class);
    AnnotationScope annotate = enumValue(yaml, ConfigKey.ANNOTATE, AnnotationScope.class);
    Optional<Boolean> rawHtml = yaml.bool(ConfigKey.RAW_HTML.key());
    if (baseUrl == null || missing == null || annotate == null) {
      return Optional.empty();
    }
    return Optional.of(new SiteConfig(baseUrl, defaultLanguage, languages, missing, annotate, rawHtml.orElse(false)));
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
      if (title.isEmpty()) {
        map.get().errorAt(tag, "language '" + tag + "' has no title", "add 'title: <site title in this language>'");
      }
      out.add(new Language(tag, prefix, s.string("name", tag), title.orElse(""), s.string("description", "")));
    }
    return out;
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
