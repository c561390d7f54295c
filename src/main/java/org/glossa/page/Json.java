package org.glossa.page;

import java.util.List;
import java.util.Map;
import org.glossa.text.JsonString;

/**
 * A small JSON writer for the JSON-LD that pages embed in {@code <script type="application/ld+json">}.
 * Maps keep their order; null values and empty lists are left out. {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}-style escapes, so no text from content can close the
 * script element or open a comment in it.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  /** True for values that {@link #write} leaves out of an object. */
  static boolean absent(Object value) {
    return value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  private static void append(StringBuilder sb, Object value) {
    if (value instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (absent(e.getValue())) {
          continue;
        }
        sb.append(first ? "" : ",");
        first = false;
        JsonString.append(sb, e.getKey().toString());
        sb.append(':');
        append(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        append(sb, list.get(i));
      }
      sb.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else if (value == null) {
      sb.append("null");
    } else {
      JsonString.append(sb, value.toString());
    }
  }

  /** A JSON string; {@code <}, {@code >} and {@code &} escaped too, so that the text is inert wherever it goes. */
  public static String string(String s) {
    return JsonString.of(s);
  }
}
