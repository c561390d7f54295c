package org.glossa.page;

import java.util.List;

/**
 * What every page's {@code <head>} and header need: document language, title, description,
 * absolute canonical URL and alternates (x-default included), the page's path from the site root,
 * its kind, the language switcher's links (to this same page in each language) and what link
 * previews and search engines read ({@link Sharing}).
 */
public record PageMeta(
    String lang,
    String title,
    String description,
    String canonical,
    List<Alternate> alternates,
    String path,
    String kind,
    List<Link> languages,
    Sharing sharing) {
  public PageMeta {
    alternates = List.copyOf(alternates);
    languages = List.copyOf(languages);
  }

  /**
   * Open Graph and JSON-LD: {@code type} is {@code article} or {@code website}, locales are in Open
   * Graph's {@code zh_CN} form, {@code image} is absolute, {@code published} an ISO date at its
   * precision (or null), {@code jsonLd} the page's schema.org data as JSON (or null).
   */
  public record Sharing(String type, String locale, List<String> alternateLocales, String image, String published, String jsonLd) {
    public Sharing {
      alternateLocales = List.copyOf(alternateLocales);
    }
  }
}
