package org.glossa.source;

import java.util.Comparator;
import java.util.List;

/**
 * Applies insertions to a file's text as it is on disk, keeping every other character as it was:
 * its line ends (CRLF, LF or CR), its byte-order mark, a missing final line end.
 */
public final class SourceEdits {
  private SourceEdits() {}

  /**
   * @param original the file's text as decoded from disk, before {@link SourceFile} normalised it
   * @param insertions at offsets of the normalised text; several at one offset keep their order
   */
  public static String apply(String original, List<TextInsertion> insertions) {
    List<TextInsertion> sorted = insertions.stream().sorted(Comparator.comparingInt(TextInsertion::offset)).toList();
    String lineEnd = lineEnd(original);
    StringBuilder out = new StringBuilder(original.length() + 16 * sorted.size());
    int next = 0;
    int normalised = 0;
    int i = original.startsWith("\uFEFF") ? 1 : 0;
    out.append(original, 0, i);
    while (true) {
      while (next < sorted.size() && sorted.get(next).offset() == normalised) {
        out.append(sorted.get(next++).text().replace("\n", lineEnd));
      }
      if (i >= original.length()) {
        break;
      }
      int width = original.startsWith("\r\n", i) ? 2 : 1;
      out.append(original, i, i + width);
      i += width;
      normalised++;
    }
    if (next < sorted.size()) {
      throw new IllegalArgumentException("insertion at " + sorted.get(next).offset() + " is past the end of the text (" + normalised + ")");
    }
    return out.toString();
  }

  /** The first line end of the text, or LF when it has none. */
  static String lineEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return "\n";
      }
      if (c == '\r') {
        return text.startsWith("\r\n", i) ? "\r\n" : "\r";
      }
    }
    return "\n";
  }
}
