package org.glossa.output;

import java.util.List;
import org.glossa.markdown.Html;
import org.glossa.page.Alternate;
import org.glossa.page.PageMeta;
import org.glossa.page.PageSpec;

/** {@code sitemap.xml} with every page and its language alternates as {@code xhtml:link} (Google's form). */
public final class Sitemap {
  private Sitemap() {}

  public static String of(List<PageSpec> pages) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (PageSpec page : pages) {
      PageMeta meta = page.model().meta();
      if (meta.kind().equals("404")) {
        continue;
      }
      sb.append("  <url>\n    <loc>").append(Html.escape(meta.canonical())).append("</loc>\n");
      for (Alternate a : meta.alternates()) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(Html.escape(a.hreflang()))
            .append("\" href=\"").append(Html.escape(a.href())).append("\"/>\n");
      }
      sb.append("  </url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }
}
