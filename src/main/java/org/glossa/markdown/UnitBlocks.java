package org.glossa.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The aligned units of a parsed body, before anything is rendered or changed: every top-level block
 * except front matter, footnote definitions, link references and HTML comments (editors' notes,
 * never published, so they neither take a position nor shift the alignment), each with the attribute blocks
 * that belong to it. The renderer reads ids from them; {@code glossa ids} writes ids into them.
 */
final class UnitBlocks {
  private UnitBlocks() {}

  /**
   * One block and where its attributes are.
   *
   * @param holder the node whose trailing attribute block is the block's own (the paragraph or heading
   *     itself, the last paragraph inside a list or quotation), or null
   * @param attributeLines paragraphs after the block that hold nothing but an attribute block
   *     ({@code {#p3}} on a line of its own after a list, quotation or table)
   */
  record Block(Node node, Node holder, List<Paragraph> attributeLines) {
    /** The attribute block ending the holder, if there is one. */
    Optional<AttributesNode> trailing() {
      return holder != null && holder.getLastChild() instanceof AttributesNode a ? Optional.of(a) : Optional.empty();
    }
  }

  static List<Block> of(Document document) {
    List<Block> blocks = new ArrayList<>();
    for (Node node : document.getChildren()) {
      if (node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock || node instanceof BlankLine
          || node instanceof Reference || node instanceof HtmlCommentBlock) {
        continue;
      }
      if (isAttributeLine(node) && !blocks.isEmpty()) {
        blocks.get(blocks.size() - 1).attributeLines().add((Paragraph) node);
        continue;
      }
      blocks.add(new Block(node, attributeHolder(node), new ArrayList<>()));
    }
    return blocks;
  }

  /** A paragraph that holds nothing but an attribute block: {@code {#p3}} on a line of its own. */
  static boolean isAttributeLine(Node node) {
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
}
