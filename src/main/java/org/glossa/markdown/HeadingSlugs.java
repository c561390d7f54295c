package org.glossa.markdown;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Readable, unique ids for headings without an explicit id: Chinese characters are kept as they
 * are, Latin letters lower-cased, everything else becomes '-'; collisions get -2, -3; a heading
 * with nothing usable gets {@code h<ordinal>}.
 */
final class HeadingSlugs {
  private final Set<String> used = new HashSet<>();

  String next(String headingText, int ordinal) {
    String base = slug(headingText);
    if (base.isEmpty()) {
      base = "h" + ordinal;
    }
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  static String slug(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < normal.length(); ) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
        dash = false;
      } else if (!dash && sb.length() > 0) {
        sb.append('-');
        dash = true;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }
}
