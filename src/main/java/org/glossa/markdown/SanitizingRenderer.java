package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import org.glossa.sanitize.HtmlSanitizer;

/** flexmark's renderer whose every output passes through the {@link HtmlSanitizer}: nothing from content reaches a page uncleaned. */
final class SanitizingRenderer {
  private final HtmlRenderer renderer;

  SanitizingRenderer(HtmlRenderer renderer) {
    this.renderer = renderer;
  }

  String render(Node node) {
    return HtmlSanitizer.clean(renderer.render(node));
  }
}
