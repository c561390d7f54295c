package org.glossa.source;

import java.util.regex.Pattern;

/** Writes a string as a YAML scalar, for the front matter Glossa writes itself (import, new). */
public final class YamlScalar {
  private static final Pattern NEEDS_QUOTES = Pattern.compile(
      "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*|.*(?::\\s|\\s#|:$|\\s$).*|(?i)(?:true|false|yes|no|on|off|null|~)"
          + "|[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:e[-+]?\\d+)?",
      Pattern.DOTALL);

  private YamlScalar() {}

  /** A YAML scalar, plain when that reads back as the same string, else double-quoted. */
  public static String of(String value, boolean inFlow) {
    boolean quote = value.isEmpty() || NEEDS_QUOTES.matcher(value).matches()
        || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || (inFlow && value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0));
    if (!quote) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
