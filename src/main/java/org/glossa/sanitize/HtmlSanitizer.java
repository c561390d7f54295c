package org.glossa.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * jsoup's {@code Cleaner} with an allow-list for what Markdown, Glossa's own markup (notes, terms)
 * and an edition's raw HTML may contain: text-level and table elements, no scripts, styles, frames,
 * forms, SVG or MathML; global attributes {@code id class lang dir title role aria-*}; no event
 * handlers or {@code style}; URLs only as {@link UrlPolicy} allows. Every HTML fragment that comes
 * from content or the glossary passes through {@link #clean} before it reaches a page.
 */
public final class HtmlSanitizer {
  private static final String[] TAGS = {"a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
      "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
      "hr", "i", "img", "input", "ins", "kbd", "label", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
      "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
      "var", "wbr"};
  private static final Set<String> GLOBAL = Set.of("id", "class", "lang", "dir", "title", "role");
  private static final Pattern ARIA = Pattern.compile("aria-[a-z]+");

  private static final Safelist SAFELIST = new GlossaSafelist()
      .addTags(TAGS)
      .addAttributes("a", "href", "hreflang", "data-term", "tabindex")
      .addAttributes("img", "src", "alt", "width", "height")
      .addAttributes("input", "type")
      .addAttributes("label", "for")
      .addAttributes("ol", "start", "reversed", "type")
      .addAttributes("li", "value")
      .addAttributes("th", "align", "colspan", "rowspan", "scope")
      .addAttributes("td", "align", "colspan", "rowspan")
      .addAttributes("col", "span")
      .addAttributes("colgroup", "span")
      .addAttributes("time", "datetime")
      .preserveRelativeLinks(true);

  private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
      .prettyPrint(false)
      .escapeMode(Entities.EscapeMode.xhtml)
      .charset("UTF-8");

  private HtmlSanitizer() {}

  /** {@code html} with every element, attribute and URL outside the allow-list removed (text of removed elements kept, scripts dropped). */
  public static String clean(String html) {
    if (html.isEmpty()) {
      return html;
    }
    return Jsoup.clean(html, "", SAFELIST, OUTPUT);
  }

  /** Whether an attribute block ({@code {#id .class name=value}}) may set {@code name} on an element. */
  public static boolean isAllowedBlockAttribute(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return GLOBAL.contains(n) && !n.equals("role");
  }

  /**
   * What {@link #clean} would remove from {@code html}, for a warning: {@code <script>},
   * {@code onerror attribute}, {@code javascript: URL}. Empty if nothing.
   */
  public static List<String> removals(String html) {
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      String tag = e.normalName();
      if (e.parent() == null || tag.equals("body")) {
        continue;
      }
      if (!SAFELIST.isSafeTag(tag)) {
        out.add("<" + tag + ">");
        continue;
      }
      for (Attribute a : e.attributes()) {
        if (!SAFELIST.isSafeAttribute(tag, e, a)) {
          boolean url = a.getKey().equals("href") || a.getKey().equals("src");
          out.add(url ? "the URL " + UrlPolicy.scheme(a.getValue()).map(s -> s + ":").orElse(a.getValue()) + " in " + a.getKey()
              : "the " + a.getKey() + " attribute of <" + tag + ">");
        }
      }
    }
    return out;
  }

  /** jsoup's Safelist, with ARIA attributes everywhere and Glossa's URL policy instead of a list of protocols. */
  private static final class GlossaSafelist extends Safelist {
    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
      String key = attr.getKey().toLowerCase(Locale.ROOT);
      if (key.equals("href") && tagName.equals("a")) {
        return UrlPolicy.isSafeLink(attr.getValue());
      }
      if (key.equals("src") && tagName.equals("img")) {
        return UrlPolicy.isSafeImage(attr.getValue());
      }
      if (key.equals("type") && tagName.equals("input")) {
        return attr.getValue().equalsIgnoreCase("checkbox");
      }
      return GLOBAL.contains(key) || ARIA.matcher(key).matches() || super.isSafeAttribute(tagName, el, attr);
    }
  }
}
