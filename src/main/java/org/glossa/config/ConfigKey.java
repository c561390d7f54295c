package org.glossa.config;

/**
 * Every key of {@code content/config.yaml}, with its meaning and default: the one place where the
 * configuration is documented. The README's table is checked against this list by a test.
 */
public enum ConfigKey {
  BASE_URL("baseUrl", "Absolute URL where the site is published (https://owner.github.io/repo/ for GitHub project pages), named by canonical links, hreflang, the sitemap, robots.txt, the feeds and the 404 page; links between pages are relative. Overridden by --base-url.", "http://localhost:8000/"),
  DEFAULT_LANGUAGE("defaultLanguage", "Tag of the language that x-default links and the root page point to first.", "the first language"),
  LANGUAGES("languages", "Map of BCP 47 language tags (zh-Hans, zh-Hant, en) to their settings, in display order.", "required"),
  LANGUAGE_PREFIX("languages.<tag>.prefix", "URL prefix of the language's pages.", "the tag in lower case"),
  LANGUAGE_NAME("languages.<tag>.name", "Name of the language in itself, shown in the language switcher.", "the tag"),
  LANGUAGE_TITLE("languages.<tag>.title", "Site title in that language.", "required"),
  LANGUAGE_DESCRIPTION("languages.<tag>.description", "One-sentence description of the site in that language.", "empty"),
  LANGUAGE_CONVERT_FROM("languages.<tag>.convertFrom", "Generate this language from another by script conversion instead of from its own files: zh-Hant from zh-Hans (ICU4J and content/zh-hant-phrases.yaml); its title and description default to the source's, converted.", "none (the language has its own files)"),
  MISSING_TRANSLATION("missingTranslation", "ignore, warning or error when an article has no version in one of the languages.", "warning"),
  ANNOTATE("annotate", "Which glossary term occurrences are annotated: first-per-article, first-per-section or every.", "first-per-article"),
  MANUAL_URL("manualUrl", "Where the footer links to Glossa's manual: an absolute URL, or a path below the site (the Pages workflow publishes the manual at manual/).", "no link"),
  REPOSITORY_URL("repositoryUrl", "Absolute URL of the edition's source repository, linked from the footer.", "no link"),
  RAW_HTML("rawHtml", "true lets Markdown, notes and glossary definitions contain HTML, cleaned by an allow-list (no script, event handlers, styles or script URLs); false shows any HTML as text, with a warning.", "false"),

  RULES("rules", "Map of warning rules (named in every warning, listed below) to error, warning or off.", "every rule a warning");

  private final String key;
  private final String description;
  private final String defaultValue;

  ConfigKey(String key, String description, String defaultValue) {
    this.key = key;
    this.description = description;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  public String defaultValue() {
    return defaultValue;
  }
}
