package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import org.glossa.sanitize.HtmlSanitizer;

/**
 * flexmark's renderer whose every output passes through the {@link HtmlSanitizer}: nothing from
 * content reaches a page uncleaned. May remember what it cleaned ({@link CleanedFragments}).
 */
final class SanitizingRenderer {
  private final HtmlRenderer renderer;
  private final Optional<CleanedFragments> memo;

  SanitizingRenderer(HtmlRenderer renderer, Optional<CleanedFragments> memo) {
    this.renderer = renderer;
    this.memo = memo;
  }

  String render(Node node) {
    String html = renderer.render(node);
    return memo.isPresent() ? memo.get().clean(html, HtmlSanitizer::clean) : HtmlSanitizer.clean(html);
  }
}
