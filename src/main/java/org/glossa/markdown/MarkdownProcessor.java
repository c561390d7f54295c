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
import java.util.List;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.glossary.TermRefExtension;

/**
 * The one owner of flexmark: builds the parser and the renderer once, with every option set here,
 * and turns a Markdown file into a {@link RenderedDocument} of aligned units and notes.
 */
public final class MarkdownProcessor {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final HtmlRenderer fragmentRenderer;

  public MarkdownProcessor() {
    List<Extension> common = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AttributesExtension.create(), YamlFrontMatterExtension.create());
    MutableDataSet parserOptions = new MutableDataSet()
        .set(Parser.EXTENSIONS, concat(common, FootnoteExtension.create(), TermRefExtension.create()))
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
    this.fragmentRenderer = HtmlRenderer.builder(rendererOptions).build();
    // Units are rendered node by node, not as a whole Document, and flexmark renders links outside a
    // Document only when this option is set (its name reads backwards: it is checked per Document).
    this.renderer = HtmlRenderer.builder(new MutableDataSet(rendererOptions).set(HtmlRenderer.DO_NOT_RENDER_LINKS, true)).build();
  }

  /** Parses a whole file, front matter included, so that node line numbers are file line numbers. */
  public Document parse(String text) {
    return parser.parse(text);
  }

  /**
   * Splits a parsed document into aligned units and notes and renders them. Problems (an undefined
   * footnote, a unit without an id where one is needed) go to {@code diagnostics}.
   *
   */
  public RenderedDocument render(Document document, RenderRequest request, Diagnostics diagnostics) {
    return new DocumentRenderer(renderer, document, request, diagnostics).render();
  }

  /** Renders a fragment of Markdown that is not an article body (a glossary definition, a note). */
  public String renderFragment(String markdown) {
    return renderFragment(markdown, null);
  }

  /** Renders a fragment in a language that is not Chinese, marking the Han text in it as {@code quotedHanLanguage}. */
  public String renderFragment(String markdown, String quotedHanLanguage) {
    Document doc = parser.parse(markdown);
    HanRuns.KEY.set(doc, quotedHanLanguage);
    return fragmentRenderer.render(doc);
  }

  /** The reader-visible text of a fragment of Markdown, without markup. */
  public String plainText(String markdown) {
    return PlainText.of(parser.parse(markdown));
  }

  private static List<Extension> concat(List<Extension> list, Extension... extra) {
    return Stream.concat(list.stream(), Stream.of(extra)).toList();
  }
}
