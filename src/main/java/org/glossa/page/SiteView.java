package org.glossa.page;

import java.util.List;
import java.util.Map;

/**
 * The site as seen from one language: title and description in it, its home, glossary, feed and
 * web app manifest URLs, where assets live, the language switcher's links and the interface messages.
 * URLs are root-relative and include the base path; the build makes them relative to each page.
 * {@code manualUrl} and {@code repositoryUrl} are the footer's links, empty when not configured.
 * {@code searchIndex} is the language's search index, relative to {@code assets} (search.js resolves it
 * against its own address, so that it holds under any base path); {@code convertedFrom} the tag of the language
 * this one is generated from (its pages say so and link to the source), empty for a written language.
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
    String repositoryUrl,
    String searchIndex,
    String convertedFrom) {
  public SiteView {
    languages = List.copyOf(languages);
    msg = Map.copyOf(msg);
  }
}
