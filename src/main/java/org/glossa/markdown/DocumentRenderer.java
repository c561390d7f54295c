package org.glossa.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;
import org.glossa.markdown.citation.Citation;
import org.glossa.markdown.citation.Cite;
import org.glossa.markdown.citation.CitationStyle;

/** Renders one parsed article body: numbers its notes, then renders each aligned unit on its own. */
final class DocumentRenderer {
  /** The attributes Glossa reads itself and removes from the element: turn= and src= (the id is read too). */
  private static final Set<String> OURS = Set.of("turn", "src");
  private final SanitizingRenderer renderer;
  private final Document document;
  private final RenderRequest request;
  private final Path path;
  private final Diagnostics diagnostics;

  DocumentRenderer(SanitizingRenderer renderer, Document document, RenderRequest request, Diagnostics diagnostics) {
    this.renderer = renderer;
    this.document = document;
    this.request = request;
    this.path = request.path();
    this.diagnostics = diagnostics;
  }

  RenderedDocument render() {
    Map<String, Integer> numbers = numberNotes();
    Map<String, FootnoteBlock> blocks = noteBlocks(numbers);
    blocks.values().forEach(block -> request.annotator().resolveReferences(block, path, diagnostics));
    Map<String, String> inline = new LinkedHashMap<>();
    List<Note> notes = new ArrayList<>();
    DocumentContext context = new DocumentContext(request.scope(), request.glossaryHref(), request.pageHref(), numbers, inline,
        new HashSet<>());
    DocumentContext.KEY.set(document, context);
    HanRuns.KEY.set(document, request.quotedHanLanguage());
    CitationStyle.KEY.set(document, request.citations());
    List<String> citations = citations();
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      FootnoteBlock block = blocks.get(e.getKey());
      String inlineHtml = inlineHtml(block);
      inline.put(e.getKey(), inlineHtml);
      notes.add(new Note(e.getKey(), e.getValue(), SourcePosition.line(block), context.noteId(e.getValue()),
          context.refId(e.getValue()), inlineHtml, blockHtml(block)));
    }
    List<Unit> units = units();
    return new RenderedDocument(units, notes, request.annotator().used(), request.annotator().mentions(), citations);
  }

  /** The keys cited in the body and the notes, in order of first citation; reports keys the bibliography lacks. */
  private List<String> citations() {
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Citation citation) {
        for (Cite cite : citation.cites()) {
          if (request.citations().bibliography().reference(cite.key()).isPresent()) {
            keys.add(cite.key());
          } else {
            CharSequence base = node.getChars().getBaseSequence();
            diagnostics.error(path, SourcePosition.lineAt(base, cite.offset()), SourcePosition.columnAt(base, cite.offset()),
                "unknown reference '@" + cite.key() + "'", "add it to content/references.yaml, or fix the key");
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  /** The aligned units, with their ids: written ones, or derived from their position. */
  private List<Unit> units() {
    List<UnitBlocks.Block> blocks = UnitBlocks.of(document);
    if (!blocks.isEmpty() && UnitBlocks.isAttributeLine(blocks.get(0).node())) {
      diagnostics.error(path, SourcePosition.line(blocks.get(0).node()), 1,
          "this attribute block follows no paragraph, heading, list, quotation or table",
          "put it on the line right after the block it belongs to");
      blocks = blocks.subList(1, blocks.size());
    }
    List<Map<String, String>> attributes = blocks.stream().map(DocumentRenderer::takeAttributes).toList();
    List<String> ids = UnitIds.assign(attributes.stream().map(a -> Optional.ofNullable(a.get("id"))).toList());
    List<Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      Unit unit = unit(blocks.get(i).node(), attributes.get(i), ids.get(i));
      if (!seen.add(unit.id())) {
        diagnostics.error(path, unit.line(), 0, "the id {#" + unit.id() + "} is used twice in this file",
            "give every block its own id, or remove the ids and let the blocks be numbered by position");
      }
      units.add(unit);
    }
    return units;
  }

  /** Numbers notes by first reference and reports references without a definition. */
  private Map<String, Integer> numberNotes() {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Footnote ref) {
        String label = ref.getText().toString();
        if (ref.getFootnoteBlock() == null) {
          diagnostics.error(path, SourcePosition.line(ref), SourcePosition.column(ref), "footnote [^" + label + "] has no definition",
              "add a line '[^" + label + "]: ...' at the end of the file, or remove the reference");
        } else {
          numbers.putIfAbsent(label, numbers.size() + 1);
        }
      }
    }
    return numbers;
  }

  private Map<String, FootnoteBlock> noteBlocks(Map<String, Integer> numbers) {
    Map<String, FootnoteBlock> blocks = new LinkedHashMap<>();
    for (Node node : document.getChildren()) {
      if (node instanceof FootnoteBlock block) {
        String label = block.getText().toString();
        if (blocks.putIfAbsent(label, block) != null) {
          diagnostics.error(path, SourcePosition.line(block), 1, "footnote [^" + label + "] is defined twice", "remove one definition");
        } else if (!numbers.containsKey(label)) {
          diagnostics.warning(Rule.UNUSED_NOTE, path, SourcePosition.line(block), 1, "footnote [^" + label + "] is never referenced",
              "add [^" + label + "] where the note belongs, or remove the definition");
        }
      }
    }
    return blocks;
  }

  private Unit unit(Node node, Map<String, String> attrs, String id) {
    String text = PlainText.of(node);
    request.annotator().annotate(node, id, path, diagnostics);
    String html = renderer.render(node).strip();
    return new Unit(id, attrs.containsKey("id"), kind(node), Optional.ofNullable(attrs.get("turn")), SourcePosition.line(node), html,
        text, TextHash.of(text), Optional.ofNullable(attrs.get("src")), node instanceof Heading h ? h.getLevel() : 0, noteLabels(node));
  }

  /** The labels of the footnotes a block refers to, in order: translations refer to the same notes in the same blocks. */
  private static List<String> noteLabels(Node node) {
    List<String> labels = new ArrayList<>();
    for (Node d : node.getDescendants()) {
      if (d instanceof Footnote ref) {
        labels.add(ref.getText().toString());
      }
    }
    return labels;
  }

  /** Reads and removes the id, turn and src attributes of a block; other attributes stay on the element. */
  private static Map<String, String> takeAttributes(UnitBlocks.Block block) {
    Map<String, String> out = new LinkedHashMap<>();
    block.trailing().ifPresent(attributes -> take(attributes, out));
    for (Paragraph line : block.attributeLines()) {
      take((AttributesNode) line.getFirstChild(), out);
      line.unlink();
    }
    return out;
  }

  private static void take(AttributesNode attributes, Map<String, String> out) {
    for (Node a : attributes.getChildren()) {
      AttributeNode attribute = (AttributeNode) a;
      String name = attribute.getName().toString();
      if (attribute.isId()) {
        out.put("id", attribute.getValue().toString());
        attribute.unlink();
      } else if (OURS.contains(name)) {
        out.put(name, attribute.getValue().toString());
        attribute.unlink();
      }
    }
    if (!attributes.hasChildren()) {
      trimTrailingSpace(attributes.getPrevious());
      attributes.unlink();
    }
  }

  private static void trimTrailingSpace(Node node) {
    if (node instanceof Text text) {
      text.setChars(text.getChars().trimEnd());
    }
  }

  private String inlineHtml(FootnoteBlock block) {
    List<String> parts = new ArrayList<>();
    for (Node child : block.getChildren()) {
      if (child instanceof Paragraph) {
        // A paragraph of nothing but an attribute block renders as nothing (found by MarkdownFuzzTest).
        String html = renderer.render(child).strip();
        if (html.startsWith("<p") && html.endsWith("</p>")) {
          parts.add(html.substring(html.indexOf('>') + 1, html.length() - "</p>".length()).strip());
        } else if (!html.isEmpty()) {
          parts.add(html);
        }
      } else {
        parts.add(Html.escape(PlainText.of(child)));
      }
    }
    return String.join("<br>", parts);
  }

  private String blockHtml(FootnoteBlock block) {
    StringBuilder sb = new StringBuilder();
    for (Node child : block.getChildren()) {
      sb.append(renderer.render(child));
    }
    return sb.toString().strip();
  }

  private static Unit.Kind kind(Node node) {
    if (node instanceof Paragraph) {
      return Unit.Kind.PARAGRAPH;
    } else if (node instanceof Heading) {
      return Unit.Kind.HEADING;
    } else if (node instanceof BlockQuote) {
      return Unit.Kind.QUOTE;
    } else if (node instanceof ListBlock) {
      return Unit.Kind.LIST;
    } else if (node instanceof TableBlock) {
      return Unit.Kind.TABLE;
    }
    return Unit.Kind.OTHER;
  }
}
