package org.glossa.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
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
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.citation.CitationExtension;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.TermRefExtension;
import org.glossa.source.TextInsertion;

/**
 * The one owner of flexmark: builds the parser and the renderer once, with every option set here,
 * and turns a Markdown file into a {@link RenderedDocument} of aligned units and notes.
 *
 * <p>Content is data, never code: raw HTML is shown as text unless the edition sets {@code rawHtml},
 * HTML comments are never published, every rendered fragment passes through the {@link HtmlSanitizer},
 * and {@link MarkupSafety} tells the editor, with the line, what was left out. Nesting deeper than
 * {@link NestingLimit} allows is refused before flexmark's recursion can overflow.
 */
public final class MarkdownProcessor {
  private final Parser parser;
  private final SanitizingRenderer renderer;
  private final SanitizingRenderer fragmentRenderer;
  private final boolean rawHtml;

  /** A processor that shows raw HTML as text (an edition's default). */
  public MarkdownProcessor() {
    this(false);
  }

  /** @param rawHtml whether raw HTML in Markdown is written (cleaned) rather than shown as text; {@code rawHtml} in config.yaml */
  public MarkdownProcessor(boolean rawHtml) {
    this(rawHtml, Optional.empty());
  }

  /**
   * A processor kept from build to build ({@code serve}'s): it remembers the sanitiser's recent
   * results, so that a rebuild after an edit cleans again only the fragments that changed.
   */
  public static MarkdownProcessor remembering(boolean rawHtml) {
    return new MarkdownProcessor(rawHtml, Optional.of(new CleanedFragments()));
  }

  private MarkdownProcessor(boolean rawHtml, Optional<CleanedFragments> memo) {
    this.rawHtml = rawHtml;
    List<Extension> common = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AttributesExtension.create(), YamlFrontMatterExtension.create());
    MutableDataSet parserOptions = new MutableDataSet()
        .set(Parser.EXTENSIONS, concat(common, FootnoteExtension.create(), TermRefExtension.create(), CitationExtension.create()))
        .set(Parser.BLANK_LINES_IN_AST, false)
        // The document keeps its line starts, so that a node's line (every unit has one) is a binary
        // search rather than a count of the newlines before it: O(n log n) for a file, not O(n²).
        .set(Parser.TRACK_DOCUMENT_LINES, true)
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
        // Without rawHtml, HTML blocks, inline HTML and HTML entities' tags are written as text.
        .set(HtmlRenderer.ESCAPE_HTML, !rawHtml)
        // HTML comments are editors' notes: never published, whatever rawHtml says.
        .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
        .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
        .set(HtmlRenderer.INDENT_SIZE, 0);
    this.parser = Parser.builder(parserOptions).build();
    this.fragmentRenderer = new SanitizingRenderer(HtmlRenderer.builder(rendererOptions).build(), memo);
    // Units are rendered node by node, not as a whole Document, and flexmark renders links outside a
    // Document only when this option is set (its name reads backwards: it is checked per Document).
    this.renderer = new SanitizingRenderer(
        HtmlRenderer.builder(new MutableDataSet(rendererOptions).set(HtmlRenderer.DO_NOT_RENDER_LINKS, true)).build(), memo);
  }

  /** Parses a whole file, front matter included, so that node line numbers are file line numbers. */
  public Document parse(String text) {
    return parser.parse(text);
  }

  /**
   * Parses a whole file like {@link #parse(String)}, but refuses (reported, empty) a text nested
   * too deeply to parse safely.
   */
  public Optional<Document> parse(String text, Path path, Diagnostics diagnostics) {
    int deepLine = NestingLimit.firstTooDeepLine(text);
    if (deepLine > 0) {
      tooDeep(path, deepLine, diagnostics);
      return Optional.empty();
    }
    try {
      return Optional.of(parser.parse(text));
    } catch (StackOverflowError e) {
      tooDeep(path, 0, diagnostics);
      return Optional.empty();
    }
  }

  private static void tooDeep(Path path, int line, Diagnostics diagnostics) {
    diagnostics.error(path, line, 0, "the Markdown nests too deeply (lists, quotations or inline markup more than "
        + NestingLimit.MAX_LEVELS + " levels inside each other)", "flatten it: a line that starts with many '>' or list markers is usually a mistake");
  }

  /**
   * Splits a parsed document into aligned units and notes and renders them. Problems (an undefined
   * footnote, a unit without an id where one is needed) go to {@code diagnostics}.
   *
   */
  public RenderedDocument render(Document document, RenderRequest request, Diagnostics diagnostics) {
    RenderedDocument nothing = new RenderedDocument(List.of(), List.of(), List.of(), List.of(), List.of());
    Optional<Node> deep = NestingLimit.firstTooDeepNode(document);
    if (deep.isPresent()) {
      tooDeep(request.path(), SourcePosition.line(deep.get()), diagnostics);
      return nothing;
    }
    Optional<FencedCodeBlock> open = unclosedFence(document);
    if (open.isPresent()) {
      FencedCodeBlock fence = open.get();
      diagnostics.error(request.path(), SourcePosition.line(fence), SourcePosition.column(fence),
          "this code fence (" + fence.getOpeningMarker() + ") is never closed: everything after it, notes included, is read as code",
          "close it with a line of " + fence.getOpeningMarker() + "; the file's other problems are reported once it is closed");
      return nothing;
    }
    new MarkupSafety(rawHtml, request.path(), 0, diagnostics).check(document);
    try {
      return new DocumentRenderer(renderer, document, request, diagnostics).render();
    } catch (StackOverflowError e) {
      tooDeep(request.path(), 0, diagnostics);
      return nothing;
    }
  }

  /**
   * Where to write the ids of the blocks of {@code text} that have none.
   *
   * @param text a file's normalised text, as {@link #parse} takes it
   * @param ids the id of every block, in order (a block that has one keeps it)
   */
  public List<TextInsertion> idInsertions(String text, List<String> ids) {
    return IdInsertion.of(parse(text), ids);
  }

  private static Optional<FencedCodeBlock> unclosedFence(Document document) {
    for (Node node : document.getDescendants()) {
      if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
        return Optional.of(fence);
      }
    }
    return Optional.empty();
  }

  /** Renders a fragment of Markdown that is not an article body (a glossary definition, a note), cleaned. */
  public String renderFragment(String markdown) {
    return renderFragment(markdown, null, null);
  }

  /**
   * Renders a fragment, cleaned: its citations formatted in {@code citations}' language (null: none
   * expected), the Han text in it marked as {@code quotedHanLanguage} (null for a Chinese text, where
   * nothing is marked).
   */
  public String renderFragment(String markdown, CitationStyle citations, String quotedHanLanguage) {
    Document doc = parser.parse(markdown);
    if (NestingLimit.firstTooDeepNode(doc).isPresent()) {
      return Html.escape(markdown);
    }
    if (citations != null) {
      CitationStyle.KEY.set(doc, citations);
    }
    HanRuns.KEY.set(doc, quotedHanLanguage);
    return fragmentRenderer.render(doc);
  }

  /** The reader-visible text of a fragment of Markdown, without markup. */
  public String plainText(String markdown) {
    return PlainText.of(parser.parse(markdown));
  }

  /**
   * Reports what in a fragment (a glossary definition, an editorial note) is left out or shown as
   * text when it is rendered, at {@code line} of {@code path} (the field's line in the YAML).
   */
  public void checkFragment(String markdown, Path path, int line, Diagnostics diagnostics) {
    if (NestingLimit.firstTooDeepLine(markdown) > 0) {
      tooDeep(path, line, diagnostics);
      return;
    }
    Node doc = parser.parse(markdown);
    if (NestingLimit.firstTooDeepNode(doc).isPresent()) {
      tooDeep(path, line, diagnostics);
      return;
    }
    new MarkupSafety(rawHtml, path, Math.max(line, 1), diagnostics).check(doc);
  }

  private static List<Extension> concat(List<Extension> list, Extension... extra) {
    return Stream.concat(list.stream(), Stream.of(extra)).toList();
  }
}
