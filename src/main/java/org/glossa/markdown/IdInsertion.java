package org.glossa.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.source.TextInsertion;

/**
 * Where to write the id of each block that has none, the way an editor would: into the block's
 * attribute block if it has one ({@code {turn=q}} becomes {@code {#p3 turn=q}}), at the end of a
 * heading's text, on the line after a paragraph, and on a line of its own, set off by blank lines,
 * after a list, quotation, table or any other block.
 */
final class IdInsertion {
  private IdInsertion() {}

  static List<TextInsertion> of(Document document, List<String> ids) {
    List<UnitBlocks.Block> blocks = UnitBlocks.of(document);
    if (blocks.size() != ids.size()) {
      throw new IllegalArgumentException(ids.size() + " ids for " + blocks.size() + " blocks");
    }
    List<TextInsertion> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      UnitBlocks.Block block = blocks.get(i);
      if (!hasId(block)) {
        out.add(insertion(block, ids.get(i), document.getChars()));
      }
    }
    return out;
  }

  private static Stream<AttributesNode> attributeBlocks(UnitBlocks.Block block) {
    return Stream.concat(block.trailing().stream(), block.attributeLines().stream().map(p -> (AttributesNode) p.getFirstChild()));
  }

  private static boolean hasId(UnitBlocks.Block block) {
    return attributeBlocks(block).anyMatch(a -> {
      for (Node n : a.getChildren()) {
        if (n instanceof AttributeNode attribute && attribute.isId()) {
          return true;
        }
      }
      return false;
    });
  }

  private static TextInsertion insertion(UnitBlocks.Block block, String id, BasedSequence text) {
    Optional<AttributesNode> attributes = attributeBlocks(block).findFirst();
    if (attributes.isPresent()) {
      int afterBrace = attributes.get().getStartOffset() + 1;
      boolean empty = afterBrace < text.length() && text.charAt(afterBrace) == '}';
      return new TextInsertion(afterBrace, "#" + id + (empty ? "" : " "));
    }
    Node node = block.node();
    if (node instanceof Heading heading && !heading.getText().isEmpty()) {
      return new TextInsertion(heading.getText().getEndOffset(), " {#" + id + "}");
    }
    int end = endOfLastLine(node, text);
    if (node instanceof Paragraph) {
      return new TextInsertion(end, "\n{#" + id + "}");
    }
    boolean followed = end < text.length() && !isBlankLine(text, end + 1);
    return new TextInsertion(end, "\n\n{#" + id + "}" + (followed ? "\n" : ""));
  }

  /** The offset of the line end (or text end) of the block's last line. */
  private static int endOfLastLine(Node node, BasedSequence text) {
    int last = Math.max(node.getStartOffset(), node.getEndOffset() - 1);
    while (last > node.getStartOffset() && (text.charAt(last) == '\n')) {
      last--;
    }
    int end = last;
    while (end < text.length() && text.charAt(end) != '\n') {
      end++;
    }
    return end;
  }

  private static boolean isBlankLine(BasedSequence text, int start) {
    for (int i = start; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
