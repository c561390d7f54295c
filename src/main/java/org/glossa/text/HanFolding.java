package org.glossa.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Folds Traditional characters to Simplified one character at a time, so that a search finds
 * 騰訊 in 腾讯 and the reverse, and every position of a folded text is the position of the same
 * character in the original (highlighting stays exact). Built once from ICU4J's {@code Hant-Hans}
 * applied to each Han character of the Basic Multilingual Plane on its own, without its phrase rules.
 */
public final class HanFolding {
  private static final Map<Integer, Integer> TO_SIMPLIFIED = build();

  private HanFolding() {}

  /** The Simplified form of {@code codePoint}, or the character itself. */
  public static int fold(int codePoint) {
    return TO_SIMPLIFIED.getOrDefault(codePoint, codePoint);
  }

  /** {@code text} with every Traditional character folded; same length. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
    return out.toString();
  }

  /** Every character that folds to one of {@code targets} (other than itself), mapped to it, in code point order. */
  public static SortedMap<Integer, Integer> foldingInto(Collection<Integer> targets) {
    SortedMap<Integer, Integer> out = new TreeMap<>();
    TO_SIMPLIFIED.forEach((from, to) -> {
      if (targets.contains(to)) {
        out.put(from, to);
      }
    });
    return out;
  }

  private static Map<Integer, Integer> build() {
    StringBuilder all = new StringBuilder();
    for (int[] block : new int[][] {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}) {
      for (int c = block[0]; c <= block[1]; c++) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          all.appendCodePoint(c).append('\n');
        }
      }
    }
    String[] from = all.toString().split("\n");
    String[] to = TraditionalConverter.Icu.toSimplified(all.toString()).split("\n", -1);
    Map<Integer, Integer> map = new HashMap<>();
    for (int i = 0; i < from.length; i++) {
      if (to[i].codePointCount(0, to[i].length()) == 1 && !to[i].equals(from[i])) {
        map.put(from[i].codePointAt(0), to[i].codePointAt(0));
      }
    }
    return Map.copyOf(map);
  }
}
