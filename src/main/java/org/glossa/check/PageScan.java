package org.glossa.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a file of the site holds for the link check: the ids of its elements (the anchors others may
 * link to) and every URL it refers to, each with what it is and where it stands.
 */
record PageScan(Set<String> ids, List<Reference> references) {
  /** A URL on a page: {@code what} it is ("link", "image"…), at a 1-based line and column of the page (0 if unknown). */
  record Reference(String url, String what, int line, int column) {}

  /** Elements and the attribute that holds a URL, with what such a URL is called in a message. */
  private static final String[][] HTML_URLS = {
      {"a[href], area[href]", "href", "link"},
      {"link[href][rel~=stylesheet]", "href", "stylesheet"},
      {"link[href]:not([rel~=stylesheet])", "href", "link"},
      {"img[src], source[src], video[src], audio[src], track[src], input[src], embed[src]", "src", "image or media file"},
      {"video[poster]", "poster", "image"},
      {"script[src]", "src", "script"},
      {"iframe[src]", "src", "embedded page"},
      {"object[data]", "data", "embedded file"},
      {"form[action]", "action", "form target"},
      {"meta[property=og:url], meta[property=og:image], meta[name=twitter:image]", "content", "link"},
  };
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  static PageScan html(byte[] bytes) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), "", Parser.htmlParser().setTrackPosition(true));
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
    List<Reference> refs = new ArrayList<>();
    for (String[] kind : HTML_URLS) {
      for (Element e : doc.select(kind[0])) {
        refs.add(reference(e, e.attr(kind[1]), kind[2]));
      }
    }
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      for (String candidate : e.attr("srcset").split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        if (!url.isEmpty()) {
          refs.add(reference(e, url, "image"));
        }
      }
    }
    for (Element style : doc.select("style")) {
      css(style.data()).references().forEach(r -> refs.add(new Reference(r.url(), r.what(), line(style) + r.line() - 1, 0)));
    }
    return new PageScan(ids, refs);
  }

  /** A sitemap or a feed: the page addresses it lists. */
  static PageScan xml(byte[] bytes) {
    Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser().setTrackPosition(true));
    List<Reference> refs = new ArrayList<>();
    doc.select("loc").forEach(e -> refs.add(reference(e, e.text(), "sitemap entry")));
    doc.getAllElements().stream().filter(e -> e.tagName().endsWith("link") && e.hasAttr("href"))
        .forEach(e -> refs.add(reference(e, e.attr("href"), "link")));
    return new PageScan(Set.of(), refs);
  }

  /** A style sheet: its {@code url(…)}s, data URLs left out. */
  static PageScan css(String text) {
    List<Reference> refs = new ArrayList<>();
    Matcher m = CSS_URL.matcher(text);
    while (m.find()) {
      String url = m.group(2).strip();
      if (!url.startsWith("data:")) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        refs.add(new Reference(url, "CSS url()", line, 0));
      }
    }
    return new PageScan(Set.of(), refs);
  }

  private static Reference reference(Element e, String url, String what) {
    return new Reference(url, what, line(e), Math.max(0, e.sourceRange().start().columnNumber()));
  }

  private static int line(Element e) {
    return Math.max(0, e.sourceRange().start().lineNumber());
  }
}
