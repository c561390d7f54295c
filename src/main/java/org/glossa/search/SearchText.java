package org.glossa.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glossa.text.HanFolding;

/**
 * How search reads text, the same in the builder and in the browser ({@code search.js}):
 * <ul>
 *   <li><b>folding</b>: Traditional characters become Simplified and letters lower case, one
 *       character for one, so a folded text has the offsets of the original;
 *   <li><b>Han</b>: every run of Han characters gives its character bigrams ({@code 腾讯会议} →
 *       {@code 腾讯 讯会 会议}), a run of one character gives that character (Lucene's CJK bigrams);
 *   <li><b>words</b>: runs of other letters and digits, lower case, with {@link EnglishStemmer}.
 * </ul>
 * A Han query of two characters or more is found through its bigrams and then confirmed in the
 * folded passage text, so a hit is exactly a passage that contains it.
 */
public final class SearchText {
  /** Below this no character is Han (U+2E80, the first CJK radical); tested over every code point. */
  static final int FIRST_HAN = 0x2E80;
  /** The CJK Unified Ideographs of Unicode 1.1, all Han, the bulk of any Chinese text. */
  static final int COMMON_HAN_START = 0x4E00;
  static final int COMMON_HAN_END = 0x9FA5;

  private SearchText() {}

  public static String fold(String text) {
    String han = HanFolding.fold(text);
    char[] chars = han.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char lower = Character.toLowerCase(chars[i]);
      chars[i] = Character.isSurrogate(chars[i]) ? chars[i] : lower;
    }
    return new String(chars);
  }

  public static boolean isHan(int codePoint) {
    if (codePoint < FIRST_HAN) {
      return false; // most of a text: Latin, punctuation, spaces (Unicode's script table is a binary search)
    }
    if (codePoint >= COMMON_HAN_START && codePoint <= COMMON_HAN_END) {
      return true;
    }
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** A letter, digit or mark of a script other than Han. */
  public static boolean isWordChar(int codePoint) {
    int type = Character.getType(codePoint);
    boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    return (Character.isLetterOrDigit(codePoint) || mark) && !isHan(codePoint);
  }

  /** The tokens of an already folded text, each once, in order of first appearance. */
  public static Set<String> tokens(String folded) {
    Set<String> out = new LinkedHashSet<>();
    for (String run : runs(folded, true)) {
      int[] cps = run.codePoints().toArray();
      if (cps.length == 1) {
        out.add(run);
      }
      for (int i = 0; i + 1 < cps.length; i++) {
        out.add(new String(cps, i, 2));
      }
    }
    for (String word : runs(folded, false)) {
      out.add(EnglishStemmer.stem(word));
    }
    return out;
  }

  /** Maximal runs of Han characters ({@code han}) or of word characters. */
  public static List<String> runs(String text, boolean han) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      boolean in = cp >= 0 && (han ? isHan(cp) : isWordChar(cp));
      if (in && start < 0) {
        start = i;
      } else if (!in && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += cp >= 0 ? Character.charCount(cp) : 1;
    }
    return out;
  }
}
