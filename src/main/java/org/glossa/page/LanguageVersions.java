package org.glossa.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;

/**
 * One page in each language that has it: the source of its {@code hreflang} alternates and of the
 * header's language switcher, which leads to the same page (same article, same reading mode) in
 * another language, or to that language's home where the page has no version in it.
 */
final class LanguageVersions {
  private final SiteConfig config;
  private final Urls urls;
  private final Map<String, String> pathByTag;
  private final String xDefaultPath;

  private LanguageVersions(SiteConfig config, Urls urls, Map<String, String> pathByTag, String xDefaultPath) {
    this.config = config;
    this.urls = urls;
    this.pathByTag = pathByTag;
    this.xDefaultPath = xDefaultPath;
  }

  /**
   * Versions at {@code pathByTag} (site-relative paths, at least one); x-default is the default
   * language's version, or the first one where the default language has none.
   */
  static LanguageVersions of(SiteConfig config, Urls urls, Map<String, String> pathByTag) {
    String xDefault = pathByTag.getOrDefault(config.defaultLanguage(), pathByTag.values().iterator().next());
    return new LanguageVersions(config, urls, new LinkedHashMap<>(pathByTag), xDefault);
  }

  /** The same versions with another x-default (the root page, which chooses the language itself). */
  LanguageVersions withXDefault(String path) {
    return new LanguageVersions(config, urls, pathByTag, path);
  }

  /** A page that exists in no particular language (the root, the 404 page): the switcher leads home. */
  static LanguageVersions none(SiteConfig config, Urls urls) {
    return new LanguageVersions(config, urls, Map.of(), null);
  }

  /** {@code <link rel="alternate">} targets: every version, then x-default; none for a page without versions. */
  List<Alternate> alternates() {
    List<Alternate> out = new ArrayList<>();
    if (pathByTag.isEmpty()) {
      return out;
    }
    for (Language l : config.languages()) {
      String path = pathByTag.get(l.tag());
      if (path != null) {
        out.add(new Alternate(l.tag(), urls.absolute(path)));
      }
    }
    out.add(new Alternate("x-default", urls.absolute(xDefaultPath)));
    return out;
  }

  /** The language switcher as seen from a page in {@code current} (null: no language is current). */
  List<Link> switcher(String current) {
    List<Link> out = new ArrayList<>();
    for (Language l : config.languages()) {
      String path = pathByTag.getOrDefault(l.tag(), urls.home(l));
      out.add(new Link(l.name(), urls.href(path), l.tag(), l.tag().equals(current)));
    }
    return out;
  }
}
