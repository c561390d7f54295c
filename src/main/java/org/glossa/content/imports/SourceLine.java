package org.glossa.content.imports;

import java.util.Arrays;

/**
 * One line of the raw source as it is being cleaned. It remembers, for every char of its current
 * text, the 1-based column (in code points) that char had in the raw line, so every stage can audit
 * its changes at positions an editor can find in the raw file. Immutable.
 */
final class SourceLine {
  private final int number;
  private final String text;
  private final int[] columns;
  private final int endColumn;

  private SourceLine(int number, String text, int[] columns, int endColumn) {
    this.number = number;
    this.text = text;
    this.columns = columns;
    this.endColumn = endColumn;
  }

  /** A raw line, columns counted in code points from 1. */
  static SourceLine of(int number, String raw) {
    int[] columns = new int[raw.length()];
    int column = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (!Character.isLowSurrogate(raw.charAt(i)) || i == 0 || !Character.isHighSurrogate(raw.charAt(i - 1))) {
        column++;
      }
      columns[i] = column;
    }
    return new SourceLine(number, raw, columns, column + 1);
  }

  int number() {
    return number;
  }

  String text() {
    return text;
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The raw column of the char at {@code index}; {@code text().length()} gives the column after the line. */
  int column(int index) {
    if (index < 0 || index > text.length()) {
      throw new IllegalArgumentException("index " + index + " outside line of length " + text.length());
    }
    return index == text.length() ? endColumn : columns[index];
  }

  /**
   * Replaces {@code text[start, end)}. A replacement of the same length keeps the columns char by char;
   * any other replacement takes the column of {@code start}.
   */
  SourceLine replace(int start, int end, String replacement) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IllegalArgumentException("range " + start + ".." + end + " outside line of length " + text.length());
    }
    int[] replaced = new int[replacement.length()];
    for (int i = 0; i < replaced.length; i++) {
      replaced[i] = replacement.length() == end - start ? columns[start + i] : column(start);
    }
    int[] next = new int[text.length() - (end - start) + replacement.length()];
    System.arraycopy(columns, 0, next, 0, start);
    System.arraycopy(replaced, 0, next, start, replaced.length);
    System.arraycopy(columns, end, next, start + replaced.length, text.length() - end);
    String nextText = text.substring(0, start) + replacement + text.substring(end);
    return new SourceLine(number, nextText, next, endColumn);
  }

  /** The same line with leading and trailing whitespace removed (columns kept). */
  SourceLine strip() {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new SourceLine(number, text.substring(start, end), Arrays.copyOfRange(columns, start, end),
        end < text.length() ? columns[end] : endColumn);
  }

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
