package org.glossa.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.diag.Rule;
import org.glossa.diag.RuleLevel;

/**
 * The site configuration, read from {@code content/config.yaml}. Every key, its meaning and its
 * default is listed in {@link ConfigKey}. {@code manualUrl} and {@code repositoryUrl} are empty when
 * there is no such link.
 *
 * @param rawHtml whether Markdown, notes and definitions may contain HTML (cleaned by an allow-list)
 * @param rules the warning rules set to another level than warning
 */
public record SiteConfig(
    URI baseUrl,
    String defaultLanguage,
    List<Language> languages,
    MissingTranslationPolicy missingTranslation,
    AnnotationScope annotate,
    String manualUrl,
    String repositoryUrl,
    boolean rawHtml,
    Map<Rule, RuleLevel> rules) {

  public SiteConfig {
    languages = List.copyOf(languages);
    rules = Map.copyOf(rules);
    if (languages.stream().noneMatch(l -> l.tag().equals(defaultLanguage))) {
      throw new IllegalArgumentException("default language " + defaultLanguage + " is not among " + languages);
    }
    String s = baseUrl.toString();
    if (!s.endsWith("/")) {
      baseUrl = URI.create(s + "/");
    }
  }

  /** The path part of the base URL, always starting and ending with '/': {@code /edition/}. */
  public String basePath() {
    String path = baseUrl.getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  public Optional<Language> language(String tag) {
    return languages.stream().filter(l -> l.tag().equals(tag)).findFirst();
  }

  public Language defaultLanguageRecord() {
    return language(defaultLanguage).orElseThrow();
  }

  /**
   * The language of Han text quoted inside a text in another language (a Chinese name in an English
   * note): the first Chinese language of the site, or plain {@code zh} when it has none.
   */
  public String quotedHanLanguage() {
    return languages.stream().filter(Language::isChinese).map(Language::tag).findFirst().orElse("zh");
  }

  /** The same configuration with other language settings (a generated language's converted title). */
  public SiteConfig withLanguages(List<Language> other) {
    return new SiteConfig(baseUrl, defaultLanguage, other, missingTranslation, annotate, manualUrl, repositoryUrl, rawHtml, rules);
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(url, defaultLanguage, languages, missingTranslation, annotate, manualUrl, repositoryUrl, rawHtml, rules);
  }
}
