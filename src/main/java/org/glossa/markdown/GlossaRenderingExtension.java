package org.glossa.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.glossa.markdown.citation.Citation;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.GlossaryTerm;
import org.glossa.markdown.glossary.TermRef;

/**
 * Glossa's rendering of flexmark nodes: glossary terms as links to their entry, described by
 * their short definition; citations in the style of the document's language; footnote references as numbered links followed by a margin
 * note, and soft line breaks that vanish between two Chinese characters (a newline there would
 * show as a space).
 */
final class GlossaRenderingExtension implements HtmlRenderer.HtmlRendererExtension {
  private GlossaRenderingExtension() {}

  static GlossaRenderingExtension create() {
    return new GlossaRenderingExtension();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
    builder.linkResolverFactory(new PageLinks.Factory());
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Footnote.class, this::renderNoteRef),
          new NodeRenderingHandler<>(SoftLineBreak.class, this::renderSoftBreak),
          new NodeRenderingHandler<>(GlossaryTerm.class, this::renderTerm),
          new NodeRenderingHandler<>(Citation.class, this::renderCitation),
          new NodeRenderingHandler<>(TermRef.class, (node, context, html) -> html.text(node.shown().unescape())));
    }

    private void renderNoteRef(Footnote node, NodeRendererContext context, HtmlWriter html) {
      DocumentContext notes = DocumentContext.KEY.get(context.getDocument());
      Integer number = notes == null ? null : notes.numbers().get(node.getText().toString());
      if (number == null) {
        html.text(node.getChars().toString());
        return;
      }
      boolean first = notes.rendered().add(number);
      html.raw("<a class=\"note-ref\" href=\"#" + notes.noteId(number) + "\" role=\"doc-noteref\""
          + (first ? " id=\"" + notes.refId(number) + "\"" : "") + ">" + number + "</a>");
      if (first) {
        // Tufte's CSS-only toggle: on narrow screens the number is a label that opens the note in place.
        // The checkbox is named by aria-label; the label's visible number is hidden from screen readers
        // inside it, since HTML forbids aria-hidden on a label of a form control (Nu Html Checker).
        String toggle = "sn-" + notes.scope() + "-" + number;
        html.raw("<input type=\"checkbox\" class=\"note-toggle\" id=\"" + toggle + "\" aria-label=\"" + number + "\">"
            + "<label class=\"note-toggle-label\" for=\"" + toggle + "\"><span aria-hidden=\"true\">" + number + "</span></label>"
            + "<span class=\"sidenote\" role=\"note\"><span class=\"sidenote-number\">" + number + "</span> "
            + notes.inlineHtml().getOrDefault(node.getText().toString(), "") + "</span>");
      }
    }

    private void renderTerm(GlossaryTerm node, NodeRendererContext context, HtmlWriter html) {
      DocumentContext page = DocumentContext.KEY.get(context.getDocument());
      String id = node.entryId();
      html.raw("<a class=\"term\" href=\"" + (page == null ? "" : page.glossaryHref()) + "#" + id + "\" data-term=\"" + id + "\""
          + (page == null ? "" : " aria-describedby=\"" + RenderRequest.definitionId(page.scope(), id) + "\"") + ">");
      html.text(node.getChars().unescape());
      html.raw("</a>");
    }

    private void renderCitation(Citation node, NodeRendererContext context, HtmlWriter html) {
      CitationStyle style = CitationStyle.KEY.get(context.getDocument());
      if (style == null) {
        html.text(node.getChars().toString());
      } else {
        html.raw(style.inline(node.cites()));
      }
    }

    private void renderSoftBreak(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence chars = node.getChars();
      BasedSequence base = chars.getBaseSequence();
      int before = chars.getStartOffset() - 1;
      int after = chars.getEndOffset();
      boolean cjkJoin = before >= 0 && after < base.length()
          && CjkText.isWide(base.charAt(before)) && CjkText.isWide(base.charAt(after));
      if (!cjkJoin) {
        html.raw(context.getHtmlOptions().softBreak);
      }
    }
  }
}
