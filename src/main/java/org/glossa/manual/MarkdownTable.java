package org.glossa.manual;

import java.util.ArrayList;
import java.util.List;

/** A Markdown (GFM) table, and the escaping of what goes into it. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row of Markdown cells; {@code |} and line breaks are escaped here. */
  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    sb.append("|").append("---|".repeat(header.size())).append('\n');
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String cell : cells) {
      sb.append(' ').append(cell.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ")).append(" |");
    }
    sb.append('\n');
  }

  /** Plain text as Markdown: characters that Markdown or HTML would read are escaped. */
  static String text(String plain) {
    StringBuilder sb = new StringBuilder();
    for (char c : plain.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\\', '`', '*', '_', '[', ']' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A code span holding {@code text} verbatim. */
  static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    return fence + text + new StringBuilder(fence).reverse();
  }
}
