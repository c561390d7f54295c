package org.glossa.diag;

import org.glossa.text.DisplayWidth;

/**
 * One source line as a terminal shows it under a diagnostic: control and bidirectional-override
 * characters written as {@code \u001B}, a tab as one space, and a long line cut to a window around
 * the column ({@code …} marks the cuts), with the caret's cell counted in that window.
 *
 * @param text the line as printed
 * @param caret cells before the caret, or -1 for none
 */
record SourceExcerpt(String text, int caret) {
  /** Cells of source shown at most; the column sits about a third of the way in. */
  static final int WIDTH = 120;
  private static final int BEFORE = 40;

  /** The excerpt of {@code line} for a diagnostic at {@code column} (1-based chars; 0 for none). */
  static SourceExcerpt of(String line, int column) {
    int n = line.length();
    int[] cellAt = new int[n + 1];
    StringBuilder shown = new StringBuilder();
    int[] offsetAt = new int[n + 1];
    int cells = 0;
    for (int i = 0; i < n; ) {
      int cp = line.codePointAt(i);
      int len = Character.charCount(cp);
      String piece = shown(cp);
      for (int k = 0; k < len; k++) {
        cellAt[i + k] = cells;
        offsetAt[i + k] = shown.length();
      }
      shown.append(piece);
      cells += piece.equals(new String(Character.toChars(cp))) ? DisplayWidth.of(cp) : piece.length();
      i += len;
    }
    cellAt[n] = cells;
    offsetAt[n] = shown.length();
    int col = Math.min(Math.max(column - 1, 0), n);
    int caret = column > 0 ? cellAt[col] : -1;
    if (cells <= WIDTH) {
      return new SourceExcerpt(shown.toString(), caret);
    }
    int startCell = column > 0 ? Math.max(0, cellAt[col] - BEFORE) : 0;
    int from = indexAtCell(cellAt, n, startCell);
    int to = indexAtCell(cellAt, n, cellAt[from] + WIDTH);
    String prefix = from > 0 ? "…" : "";
    String suffix = to < n ? "…" : "";
    String window = prefix + shown.substring(offsetAt[from], offsetAt[to]) + suffix;
    return new SourceExcerpt(window, caret < 0 ? -1 : caret - cellAt[from] + prefix.length());
  }

  /** The first char index whose cell is at least {@code cell} (never the second half of a surrogate pair, which shares its cell). */
  private static int indexAtCell(int[] cellAt, int n, int cell) {
    int i = 0;
    while (i < n && cellAt[i] < cell) {
      i++;
    }
    return i;
  }

  /** How a character is printed: itself, a space for a tab, or an escape for what a terminal would act on. */
  static String shown(int cp) {
    if (cp == '\t') {
      return " ";
    }
    if (needsEscape(cp)) {
      return String.format("\\u%04X", cp);
    }
    return new String(Character.toChars(cp));
  }

  static boolean needsEscape(int cp) {
    return Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  /** {@code text} with every character a terminal would act on written as an escape; for messages and hints. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.append(cp == '\t' ? "\t" : shown(cp)));
    return sb.toString();
  }
}
