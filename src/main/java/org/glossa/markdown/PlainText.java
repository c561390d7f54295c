package org.glossa.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.SoftLineBreak;
import org.glossa.markdown.glossary.TermRef;

/** The reader-visible text of a node: no markup, no footnote labels, no attribute blocks; an explicit term reference by its shown text. */
public final class PlainText {
  private PlainText() {}

  public static String of(Node node) {
    StringBuilder sb = new StringBuilder();
    collect(node, sb);
    return sb.toString().strip();
  }

  private static void collect(Node node, StringBuilder sb) {
    if (node instanceof Footnote || node instanceof AttributesNode) {
      return;
    }
    if (node instanceof TermRef ref) {
      sb.append(ref.shown().unescape());
      return;
    }
    if (node instanceof Text || node instanceof Code && !node.hasChildren()) {
      sb.append(node.getChars().unescape());
      return;
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      sb.append(' ');
      return;
    }
    for (Node child : node.getChildren()) {
      collect(child, sb);
    }
  }
}
