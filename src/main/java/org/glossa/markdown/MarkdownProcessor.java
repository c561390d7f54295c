package org.glossa.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostics;

/**
 * The one owner of flexmark: builds the parser and the renderer once, with every option set here,
 * and turns a Markdown file into a {@link RenderedDocument} of aligned units and notes.
 */
public final class MarkdownProcessor {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownProcessor() {
    List<Extension> common = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AttributesExtension.create(), YamlFrontMatterExtension.create());
    MutableDataSet parserOptions = new MutableDataSet()
        .set(Parser.EXTENSIONS, concat(common, FootnoteExtension.create()))
        .set(Parser.BLANK_LINES_IN_AST, false)
        .set(TablesExtension.COLUMN_SPANS, false)
        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // Footnotes are parsed by flexmark but rendered by Glossa (numbered per article, as margin notes),
    // so the renderer gets every extension except FootnoteExtension, plus Glossa's own.
    MutableDataSet rendererOptions = new MutableDataSet(parserOptions)
        .set(Parser.EXTENSIONS, concat(common, GlossaRenderingExtension.create()))
        .set(HtmlRenderer.GENERATE_HEADER_ID, false)
        .set(HtmlRenderer.RENDER_HEADER_ID, false)
        .set(HtmlRenderer.SOFT_BREAK, "\n")
        .set(HtmlRenderer.ESCAPE_HTML_BLOCKS, false)
        .set(HtmlRenderer.INDENT_SIZE, 0);
    this.parser = Parser.builder(parserOptions).build();
    this.renderer = HtmlRenderer.builder(rendererOptions).build();
  }

  /** Parses a whole file, front matter included, so that node line numbers are file line numbers. */
  public Document parse(String text) {
    return parser.parse(text);
  }

  /**
   * Splits a parsed document into aligned units and notes and renders them. Problems (an undefined
   * footnote, a unit without an id where one is needed) go to {@code diagnostics}.
   *
   * @param scope a prefix that keeps note ids unique when several languages share a page
   */
  public RenderedDocument render(Document document, Path path, String scope, Diagnostics diagnostics) {
    return new DocumentRenderer(renderer, document, path, scope, diagnostics).render();
  }

  /** Renders a fragment of Markdown that is not an article body (a glossary definition, a note). */
  public String renderFragment(String markdown) {
    Node doc = parser.parse(markdown);
    return renderer.render(doc);
  }

  private static List<Extension> concat(List<Extension> list, Extension extra) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(extra)).toList();
  }
}
