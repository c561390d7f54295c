package org.glossa.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds Traditional characters to Simplified one character at a time, so that a search finds
 * 騰訊 in 腾讯 and the reverse, and every position of a folded text is the position of the same
 * character in the original (highlighting stays exact). Built once from the one-character rules of
 * ICU4J's {@code Hant-Hans} ({@code 騰 > 腾;}), without its phrase rules.
 */
public final class HanFolding {
  private static final Pattern ONE_CHARACTER_RULE = Pattern.compile("^(\\p{IsHan}) > (\\p{IsHan});$");
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

  /** The one-character rules of ICU's {@code Hant-Hans}: what it does to each character on its own. */
  private static Map<Integer, Integer> build() {
    Map<Integer, Integer> map = new HashMap<>();
    for (String line : TraditionalConverter.Icu.simplifyingRules().split("\n")) {
      Matcher m = ONE_CHARACTER_RULE.matcher(line.strip());
      if (m.matches() && !m.group(1).equals(m.group(2))) {
        map.put(m.group(1).codePointAt(0), m.group(2).codePointAt(0));
      }
    }
    return Map.copyOf(map);
  }
}
