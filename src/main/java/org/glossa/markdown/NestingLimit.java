package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * A bound on how deeply Markdown may nest (lists in lists, quotations in quotations, emphasis in
 * links in images…). flexmark parses and renders nesting by recursion: a few hundred levels
 * overflow the stack, and a few thousand take minutes. No edition needs more than a handful, so
 * Glossa refuses deeper nesting with the line, before parsing where the line itself shows it.
 */
final class NestingLimit {
  /** Levels of lists and quotations a line may open. */
  static final int MAX_LEVELS = 64;
  /** Depth of the syntax tree: a list level is two nodes (list and item), plus inline markup. */
  static final int MAX_TREE_DEPTH = 2 * MAX_LEVELS + 16;

  private NestingLimit() {}

  /**
   * The first line (1-based) whose prefix of quotation markers, list markers and indentation could
   * open more than {@link #MAX_LEVELS} levels, or 0. It over-estimates (two columns of indentation
   * count as a level), which is safe: it only ever looks at prefixes no real text has.
   */
  static int firstTooDeepLine(String text) {
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int levels = 0;
      int columns = 0;
      while (i < n && text.charAt(i) != '\n') {
        char c = text.charAt(i);
        if (c == ' ') {
          columns++;
        } else if (c == '\t') {
          columns += 4;
        } else if (c == '>') {
          levels++;
        } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == n || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
          levels++;
        } else if (Character.isDigit(c)) {
          int j = i;
          while (j < n && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
          }
          if (j < n && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
            levels++;
            i = j;
          } else {
            break;
          }
        } else {
          break;
        }
        if (levels + columns / 2 > MAX_LEVELS) {
          return line;
        }
        i++;
      }
      while (i < n && text.charAt(i) != '\n') {
        i++;
      }
      i++;
      line++;
    }
    return 0;
  }

  /** The first node deeper than {@link #MAX_TREE_DEPTH} in {@code root}, found without recursion. */
  static Optional<Node> firstTooDeepNode(Node root) {
    Node node = root;
    int depth = 0;
    while (node != null) {
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        if (++depth > MAX_TREE_DEPTH) {
          return Optional.of(node);
        }
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == root ? null : node.getNext();
    }
    return Optional.empty();
  }
}
