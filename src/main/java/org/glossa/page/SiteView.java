package org.glossa.page;

import java.util.List;
import java.util.Map;

/**
 * The site as seen from one language: title and description in it, its home, glossary, feed and
 * web app manifest URLs, where assets live, each language's home and the interface messages.
 * URLs are root-relative and include the base path, so they work under a project-pages prefix.
 */
public record SiteView(
    String title,
    String description,
    String lang,
    String home,
    String rootUrl,
    String glossaryUrl,
    String feedUrl,
    String manifestUrl,
    String assets,
    List<Link> languages,
    Map<String, String> msg) {
  public SiteView {
    languages = List.copyOf(languages);
    msg = Map.copyOf(msg);
  }
}
