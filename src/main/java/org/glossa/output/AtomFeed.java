package org.glossa.output;

import java.util.List;
import org.glossa.markdown.Html;
import org.glossa.page.ArticleView;
import org.glossa.page.IndexPage;
import org.glossa.page.Urls;

/**
 * The Atom feed of one language. Dates come from the articles (at their precision, first day), never
 * from the clock, so that two builds are identical. Always well-formed XML (see {@link #xml}).
 */
public final class AtomFeed {
  private AtomFeed() {}

  public static String of(IndexPage index, Urls urls, String feedPath) {
    List<ArticleView> articles = index.articles();
    String updated = articles.stream().map(AtomFeed::timestamp).max(String::compareTo).orElse("1970-01-01T00:00:00Z");
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(index.meta().lang())).append("\">\n");
    sb.append("  <title>").append(xml(index.site().title())).append("</title>\n");
    if (!index.site().description().isEmpty()) {
      sb.append("  <subtitle>").append(xml(index.site().description())).append("</subtitle>\n");
    }
    sb.append("  <id>").append(xml(index.meta().canonical())).append("</id>\n");
    sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(urls.absolute(feedPath))).append("\"/>\n");
    sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(index.meta().canonical())).append("\"/>\n");
    sb.append("  <updated>").append(updated).append("</updated>\n");
    sb.append("  <author><name>").append(xml(index.site().title())).append("</name></author>\n");
    for (ArticleView a : articles) {
      String link = urls.absolute(a.url().substring(urls.href("").length()));
      sb.append("  <entry>\n");
      sb.append("    <title>").append(xml(a.title())).append("</title>\n");
      sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(link)).append("\"/>\n");
      sb.append("    <id>").append(xml(link)).append("</id>\n");
      sb.append("    <updated>").append(timestamp(a)).append("</updated>\n");
      if (a.summary() != null) {
        sb.append("    <summary>").append(xml(a.summary())).append("</summary>\n");
      }
      sb.append("  </entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  /**
   * Escaped text without the characters XML 1.0 forbids (controls other than tab and line ends,
   * U+FFFE, U+FFFF, lone surrogates), which would make the whole feed unreadable to feed readers.
   * The sources refuse them already; this keeps the feed well-formed whatever reaches it.
   */
  public static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(AtomFeed::allowedInXml).forEach(sb::appendCodePoint);
    return Html.escape(sb.toString());
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
  }

  private static String timestamp(ArticleView a) {
    if (a.dateIso() == null) {
      return "1970-01-01T00:00:00Z";
    }
    String iso = a.dateIso();
    String day = iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
    return day + "T00:00:00Z";
  }
}
