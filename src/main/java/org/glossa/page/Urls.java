package org.glossa.page;

import org.glossa.config.Language;
import org.glossa.config.SiteConfig;

/**
 * Every URL of the site in one place. Paths are relative to the site root ({@code en/glossary/});
 * {@link #href} adds the base path for links, {@link #absolute} the whole base URL for feeds,
 * sitemaps and hreflang.
 */
public final class Urls {
  private final SiteConfig config;

  public Urls(SiteConfig config) {
    this.config = config;
  }

  public String home(Language language) {
    return language.prefix() + "/";
  }

  public String article(Language language, String urlPath) {
    return language.prefix() + "/" + urlPath;
  }

  public String glossary(Language language) {
    return language.prefix() + "/glossary/";
  }

  public String feed(Language language) {
    return language.prefix() + "/feed.xml";
  }

  /** The search index of a language (written by {@code search.SiteSearch}, read by assets/search.js). */
  public String search(Language language) {
    return language.prefix() + "/search.json";
  }

  /** The web app manifest of a language: its name, start page and icons. */
  public String manifest(Language language) {
    return language.prefix() + "/manifest.webmanifest";
  }

  /** Root-relative link with the base path: {@code /edition/en/}. */
  public String href(String path) {
    return config.basePath() + path;
  }

  /** Absolute URL: {@code https://example.github.io/edition/en/}. */
  public String absolute(String path) {
    return config.baseUrl().toString() + path;
  }
}
