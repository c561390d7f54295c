package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Marks Chinese written inside a text in another language ({@code 汤道生} in an English note) with
 * its language, {@code <span lang="zh-Hans">}, so that browsers choose a Chinese face for it rather
 * than a Japanese one and read it aloud as Chinese. Quotation marks, dashes and ellipses that both
 * languages share stay outside the span.
 */
final class HanRuns {
  /** The language of quoted Han text in the document being rendered; null (a Chinese document): no marking. */
  static final NullableDataKey<String> KEY = new NullableDataKey<>("GLOSSA_QUOTED_HAN_LANGUAGE");

  private HanRuns() {}

  /** Writes {@code text} escaped, each run of Han characters in a span of {@code lang} (when not null). */
  static void write(HtmlWriter html, String text, String lang) {
    if (lang == null) {
      html.text(text);
      return;
    }
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean han = isHan(text.charAt(i));
      while (i < text.length() && isHan(text.charAt(i)) == han) {
        i++;
      }
      String part = text.substring(start, i);
      if (han) {
        html.raw("<span lang=\"" + Html.escape(lang) + "\">");
        html.text(part);
        html.raw("</span>");
      } else {
        html.text(part);
      }
    }
  }

  private static boolean isHan(char c) {
    return CjkText.isWide(c) && "“”‘’—…·".indexOf(c) < 0;
  }
}
