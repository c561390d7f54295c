package org.glossa.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;
import org.glossa.sanitize.HtmlSanitizer;
import org.glossa.sanitize.UrlPolicy;

/**
 * Reports, with file and line, what in a Markdown text could put script on a reader's page, and
 * takes out what the renderer would otherwise write: raw HTML while {@code rawHtml} is off (the
 * renderer shows it as text), the parts of raw HTML the sanitiser removes when it is on, attributes
 * of attribute blocks outside the allow-list (removed here), and links and images whose URL
 * scheme is not allowed (the sanitiser removes the URL). The sanitiser cleans the rendered HTML
 * whatever this pass finds; this pass makes sure the editor hears about it.
 */
final class MarkupSafety {
  /** Attributes an attribute block may set besides the id and classes: the plain global ones and Glossa's own. */
  private static final Set<String> GLOSSA_ATTRIBUTES = Set.of("turn", "src");

  private final boolean rawHtml;
  private final Path path;
  private final int lineOffset;
  private final Diagnostics diagnostics;
  private final Set<Integer> rawHtmlLines = new HashSet<>();

  /** @param lineOffset added to node lines: 0 for an article, the line of the field for a fragment from YAML */
  MarkupSafety(boolean rawHtml, Path path, int lineOffset, Diagnostics diagnostics) {
    this.rawHtml = rawHtml;
    this.path = path;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
  }

  void check(Node root) {
    List<AttributeNode> refused = new ArrayList<>();
    for (Node node : root.getDescendants()) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        rawHtml(node);
      } else if (node instanceof AttributeNode attribute && !allowed(attribute)) {
        refused.add(attribute);
      } else if (node instanceof Link link) {
        url(link, link.getUrl().unescape(), false);
      } else if (node instanceof Image image) {
        url(image, image.getUrl().unescape(), true);
      } else if (node instanceof Reference reference) {
        url(reference, reference.getUrl().unescape(), false);
      } else if (node instanceof AutoLink link) {
        url(link, link.getUrl().unescape(), false);
      }
    }
    for (AttributeNode attribute : refused) {
      warn(attribute, "the attribute '" + attribute.getName() + "' is not allowed in an attribute block; it is left out",
          "attribute blocks may set an id, classes, lang, dir, title, turn and src; event handlers and styles are never written");
      attribute.unlink();
    }
  }

  private static boolean allowed(AttributeNode attribute) {
    String name = attribute.getName().toString().toLowerCase(Locale.ROOT);
    return attribute.isId() || attribute.isClass() || GLOSSA_ATTRIBUTES.contains(name) || HtmlSanitizer.isAllowedBlockAttribute(name);
  }

  private void rawHtml(Node node) {
    String html = node.getChars().toString().strip();
    if (!rawHtml) {
      if (rawHtmlLines.add(line(node))) {
        warn(Rule.RAW_HTML, node, "HTML in Markdown is shown as text: " + shorten(html),
            "write it in Markdown, or set rawHtml: true in config.yaml if the edition needs HTML (it is then cleaned of anything that could run script)");
      }
      return;
    }
    for (String removed : HtmlSanitizer.removals(html)) {
      warn(node, "removed " + removed + " from the HTML: content may not run script", "use plain HTML: no script, event handlers, style, frames or forms");
    }
  }

  private void url(Node node, String url, boolean image) {
    boolean safe = image ? UrlPolicy.isSafeImage(url) : UrlPolicy.isSafeLink(url);
    if (!safe) {
      String scheme = UrlPolicy.scheme(url).map(s -> s + ":").orElse(url);
      warn(node, (image ? "an image from a " : "a link to a ") + scheme + " URL is not written",
          image ? "images may come from http(s) URLs or files of the article" : "links may go to http(s), mailto or a relative address");
    }
  }

  private void warn(Node node, String message, String hint) {
    warn(Rule.UNSAFE_MARKUP, node, message, hint);
  }

  private void warn(Rule rule, Node node, String message, String hint) {
    int column = lineOffset == 0 ? SourcePosition.column(node) : 0;
    diagnostics.warning(rule, path, line(node), column, message, hint);
  }

  private int line(Node node) {
    return lineOffset == 0 ? SourcePosition.line(node) : lineOffset;
  }

  private static String shorten(String html) {
    String oneLine = html.replaceAll("\\s+", " ");
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }
}
