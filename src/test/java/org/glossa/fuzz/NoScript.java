package org.glossa.fuzz;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The invariant of every HTML fragment Glossa writes from content, checked the way a browser would
 * read the fragment and independently of the sanitiser's own code: no element that runs or embeds
 * anything, no event handler or style attribute, no URL attribute with a script or data scheme
 * (an id such as {@code data:} is harmless: the first finding of the fuzzer was that false alarm).
 */
final class NoScript {
  private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
      "svg", "math", "style", "link", "meta", "base", "form", "button", "textarea", "select", "template", "noscript");
  /** Attributes whose value a browser loads or follows as a URL. */
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "xlink:href", "background",
      "poster", "cite", "data", "ping", "longdesc", "lowsrc", "dynsrc", "manifest", "codebase", "archive");

  private NoScript() {}

  static void check(String html) {
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (ELEMENTS.contains(e.normalName())) {
        throw new AssertionError("<" + e.normalName() + "> in " + html);
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("style") || key.equals("formaction") || key.equals("srcdoc")) {
          throw new AssertionError(key + "= on <" + e.normalName() + "> in " + html);
        }
        String value = a.getValue().replaceAll("[\\x00-\\x20\\x7f-\\xa0\\u200b-\\u200f\\u2028\\u2029\\ufeff]", "").toLowerCase(Locale.ROOT);
        if (URL_ATTRIBUTES.contains(key) && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
          throw new AssertionError(key + "=" + a.getValue() + " in " + html);
        }
      }
    }
  }
}
