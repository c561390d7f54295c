package org.glossa.page;

import java.util.List;

/**
 * What every page's {@code <head>} needs: document language, title, description, absolute canonical
 * URL and alternates (x-default included), the page's path from the site root, and its kind.
 */
public record PageMeta(
    String lang, String title, String description, String canonical, List<Alternate> alternates, String path, String kind) {
  public PageMeta {
    alternates = List.copyOf(alternates);
  }
}
