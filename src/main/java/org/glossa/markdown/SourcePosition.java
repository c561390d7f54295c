package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.Node;

/** 1-based line and column of a flexmark node in the file it was parsed from. */
public final class SourcePosition {
  private SourcePosition() {}

  public static int line(Node node) {
    return node.getLineNumber() + 1;
  }

  /** 1-based line of a character offset in the parsed file. */
  public static int lineAt(CharSequence base, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < base.length(); i++) {
      if (base.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Column in chars; the diagnostic printer turns it into display cells. */
  public static int column(Node node) {
    return columnAt(node.getChars().getBaseSequence(), node.getStartOffset());
  }

  /** 1-based column, in chars, of a character offset in the parsed file. */
  public static int columnAt(CharSequence base, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }
}
