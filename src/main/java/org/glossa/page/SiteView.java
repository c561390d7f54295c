package org.glossa.page;

import java.util.List;
import java.util.Map;

/**
 * The site as seen from one language: title and description in it, its home, glossary, feed and
 * web app manifest URLs, where assets live, the language switcher's links and the interface messages.
 * URLs are root-relative and include the base path; the build makes them relative to each page.
 * {@code manualUrl} and {@code repositoryUrl} are the footer's links, empty when not configured.
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
    Map<String, String> msg,
    String manualUrl,
    String repositoryUrl) {
  public SiteView {
    languages = List.copyOf(languages);
    msg = Map.copyOf(msg);
  }
}
