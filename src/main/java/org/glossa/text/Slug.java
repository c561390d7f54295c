package org.glossa.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Readable ASCII-friendly names for ids and addresses made from a heading or title: Han text
 * becomes toneless pinyin, a syllable at a time ({@code 大模型的竞争} → {@code da-mo-xing-de-jing-zheng}),
 * Latin letters and digits are kept in lower case, everything else separates words with one
 * {@code -}. Traditional text is read as its Simplified form first, so a generated Traditional page
 * gets the same ids as its Simplified source; readings are ICU4J's {@code Han-Latin}. At most
 * {@value #MAX} characters, cut at a word. Empty when the text has nothing to spell.
 */
public final class Slug {
  static final int MAX = 60;
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private Slug() {}

  public static String of(String text) {
    String normal = Normalizer2.getNFKCInstance().normalize(HanFolding.fold(text)).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < normal.length(); ) {
      int cp = normal.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        int end = i;
        while (end < normal.length() && Character.UnicodeScript.of(normal.codePointAt(end)) == Character.UnicodeScript.HAN) {
          end += Character.charCount(normal.codePointAt(end));
        }
        for (String syllable : PINYIN.transliterate(normal.substring(i, end)).trim().split("\\s+")) {
          word(sb, syllable.replaceAll("[^a-z0-9]", ""));
        }
        i = end;
      } else {
        int end = i;
        while (end < normal.length() && isWordChar(normal.codePointAt(end))) {
          end += Character.charCount(normal.codePointAt(end));
        }
        word(sb, normal.substring(i, end));
        i = Math.max(end, i + Character.charCount(cp));
      }
    }
    return cut(sb.toString());
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
  }

  private static void word(StringBuilder sb, String word) {
    if (!word.isEmpty()) {
      if (sb.length() > 0) {
        sb.append('-');
      }
      sb.append(word);
    }
  }

  private static String cut(String slug) {
    if (slug.length() <= MAX) {
      return slug;
    }
    int dash = slug.lastIndexOf('-', MAX);
    return dash > 0 ? slug.substring(0, dash) : slug.substring(0, MAX);
  }
}
