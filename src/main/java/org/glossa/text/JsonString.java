package org.glossa.text;

/**
 * A JSON string literal that is also safe inside HTML: quotes, backslashes and control characters
 * escaped as JSON requires, plus {@code < > &} (so that {@code </script>} cannot end a JSON-LD block)
 * and the two line separators older JavaScript rejects in strings. One escaper for every JSON Glossa
 * writes: the pages' structured data and the search indexes.
 */
public final class JsonString {
  private JsonString() {}

  /** {@code s} as a JSON string literal, quotes included. */
  public static String of(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    append(sb, s);
    return sb.toString();
  }

  /** Appends {@code s} to {@code out} as a JSON string literal, quotes included. */
  public static void append(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
