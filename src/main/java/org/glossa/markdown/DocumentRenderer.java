package org.glossa.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.BlankLine;
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

/** Renders one parsed article body: numbers its notes, then renders each aligned unit on its own. */
final class DocumentRenderer {
  private final HtmlRenderer renderer;
  private final Document document;
  private final RenderRequest request;
  private final Path path;
  private final Diagnostics diagnostics;
  private final HeadingSlugs slugs = new HeadingSlugs();

  DocumentRenderer(HtmlRenderer renderer, Document document, RenderRequest request, Diagnostics diagnostics) {
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
    DocumentContext context = new DocumentContext(request.scope(), request.glossaryHref(), numbers, inline, new HashSet<>());
    DocumentContext.KEY.set(document, context);
    HanRuns.KEY.set(document, request.quotedHanLanguage());
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      FootnoteBlock block = blocks.get(e.getKey());
      String inlineHtml = inlineHtml(block);
      inline.put(e.getKey(), inlineHtml);
      notes.add(new Note(e.getKey(), e.getValue(), SourcePosition.line(block), context.noteId(e.getValue()),
          context.refId(e.getValue()), inlineHtml, blockHtml(block)));
    }
    List<Node> unitBlocks = new ArrayList<>();
    List<Map<String, String>> attributes = new ArrayList<>();
    for (Node node : document.getChildren()) {
      if (node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock || node instanceof BlankLine
          || node instanceof Reference) {
        continue;
      }
      if (isAttributeLine(node) && !unitBlocks.isEmpty()) {
        // {#id} on a line of its own, after a list, quotation or table, belongs to that block.
        attributes.get(attributes.size() - 1).putAll(takeAttributes(node, node));
        continue;
      }
      unitBlocks.add(node);
      attributes.add(takeAttributes(node, attributeHolder(node)));
    }
    List<Unit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < unitBlocks.size(); i++) {
      Unit unit = unit(unitBlocks.get(i), attributes.get(i), i + 1);
      if (!ids.add(unit.id())) {
        diagnostics.error(path, unit.line(), 0, "the id {#" + unit.id() + "} is used twice in this file",
            "give every paragraph and heading its own id" + (unit.explicitId() ? "" : " (this heading's id comes from its text: give it an explicit one)"));
      }
      units.add(unit);
    }
    return new RenderedDocument(units, notes, request.annotator().used(), request.annotator().mentions());
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

  private Unit unit(Node node, Map<String, String> attrs, int ordinal) {
    String explicit = attrs.get("id");
    String text = PlainText.of(node);
    String id = explicit != null ? explicit
        : node instanceof Heading h ? slugs.next(text, ordinal) : "u" + ordinal;
    Unit.Kind kind = kind(node);
    request.annotator().annotate(node, id, path, diagnostics);
    String html = renderer.render(node).strip();
    return new Unit(id, explicit != null, kind, Optional.ofNullable(attrs.get("turn")), SourcePosition.line(node), html, text,
        TextHash.of(text), Optional.ofNullable(attrs.get("src")), node instanceof Heading h ? h.getLevel() : 0);
  }

  /** A paragraph that holds nothing but an attribute block: {@code {#p3}} on a line of its own. */
  private static boolean isAttributeLine(Node node) {
    return node instanceof Paragraph && node.getFirstChild() instanceof AttributesNode && node.getFirstChild() == node.getLastChild();
  }

  /** Where a block's trailing attributes are: the block itself, or the last paragraph inside a list or quotation. */
  private static Node attributeHolder(Node block) {
    if (block instanceof Paragraph || block instanceof Heading) {
      return block;
    }
    if (block instanceof ListBlock || block instanceof BlockQuote) {
      Node last = block.getLastChild();
      while (last != null && !(last instanceof Paragraph)) {
        last = last.getLastChild();
      }
      return last;
    }
    return null;
  }

  /** Reads and removes the id, turn and src attributes ending {@code holder}; other attributes stay on the element. */
  private Map<String, String> takeAttributes(Node block, Node holder) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean attributeLine = isAttributeLine(block);
    if (holder == null || !(holder.getLastChild() instanceof AttributesNode attributes)) {
      return out;
    }
    Set<String> ours = Set.of("turn", "src");
    for (Node a : attributes.getChildren()) {
      AttributeNode attribute = (AttributeNode) a;
      if (attribute.isId()) {
        out.put("id", attribute.getValue().toString());
        attribute.unlink();
      } else if (ours.contains(attribute.getName().toString())) {
        out.put(attribute.getName().toString(), attribute.getValue().toString());
        attribute.unlink();
      }
    }
    if (!attributes.hasChildren()) {
      trimTrailingSpace(attributes.getPrevious());
      attributes.unlink();
    }
    if (attributeLine) {
      block.unlink();
    }
    return out;
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
        String html = renderer.render(child).strip();
        parts.add(html.substring(html.indexOf('>') + 1, html.length() - "</p>".length()).strip());
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
