package org.glossa.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.glossa.markdown.citation.Citation;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.GlossaryTerm;
import org.glossa.markdown.glossary.TermRef;

/**
 * Glossa's rendering of flexmark nodes: glossary terms as links to their entry, described by
 * their short definition; citations in the style of the document's language; footnote references
 * as numbered links followed by a margin note; soft line breaks that vanish between two Chinese
 * characters (a newline there would show as a space); and Chinese inside another language's text
 * marked with its language.
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
          new NodeRenderingHandler<>(Text.class, (node, context, html) -> HanRuns.write(html, node.getChars().unescape(), hanLang(context))),
          new NodeRenderingHandler<>(TermRef.class, (node, context, html) -> HanRuns.write(html, node.shown().unescape(), hanLang(context))));
    }

    private static String hanLang(NodeRendererContext context) {
      return HanRuns.KEY.get(context.getDocument());
    }

    /**
     * A note reference: the number links to the note at the end of the article (where screen readers,
     * print and pages without room in the margin find it); at its first reference the note's text
     * follows as a margin note. The margin copy is hidden from assistive technology, which would
     * otherwise read it mid-sentence and again at the end, and its links leave the tab order for the
     * same reason. A word joiner keeps the number on the line of the word it annotates.
     */
    private void renderNoteRef(Footnote node, NodeRendererContext context, HtmlWriter html) {
      DocumentContext notes = DocumentContext.KEY.get(context.getDocument());
      Integer number = notes == null ? null : notes.numbers().get(node.getText().toString());
      if (number == null) {
        html.text(node.getChars().toString());
        return;
      }
      boolean first = notes.rendered().add(number);
      html.raw("\u2060<a class=\"note-ref\" href=\"#" + notes.noteId(number) + "\" role=\"doc-noteref\""
          + (first ? " id=\"" + notes.refId(number) + "\"" : "") + ">" + number + "</a>");
      if (first) {
        String text = notes.inlineHtml().getOrDefault(node.getText().toString(), "").replace("<a ", "<a tabindex=\"-1\" ");
        html.raw("<span class=\"sidenote\" id=\"" + notes.sideId(number) + "\" aria-hidden=\"true\"><span class=\"sidenote-number\">"
            + number + "</span> " + text + "</span>");
      }
    }

    private void renderTerm(GlossaryTerm node, NodeRendererContext context, HtmlWriter html) {
      DocumentContext page = DocumentContext.KEY.get(context.getDocument());
      String id = node.entryId();
      html.raw("<a class=\"term\" href=\"" + (page == null ? "" : page.glossaryHref()) + "#" + id + "\" data-term=\"" + id + "\""
          + (page == null ? "" : " aria-describedby=\"" + RenderRequest.definitionId(page.scope(), id) + "\"") + ">");
      HanRuns.write(html, node.getChars().unescape(), hanLang(context));
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
