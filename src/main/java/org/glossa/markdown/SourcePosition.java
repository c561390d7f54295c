package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.Node;

/** 1-based line and column of a flexmark node in the file it was parsed from. */
public final class SourcePosition {
  private SourcePosition() {}

  public static int line(Node node) {
    return node.getLineNumber() + 1;
  }

  /** Column in chars; the diagnostic printer turns it into display cells. */
  public static int column(Node node) {
    int offset = node.getStartOffset();
    CharSequence base = node.getChars().getBaseSequence();
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }
}
