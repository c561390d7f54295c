package org.glossa.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hanyu pinyin with tone marks for Chinese headwords, by ICU4J: {@code Han-Latin/Names} for people
 * (surnames read right: 单 shàn, 曾 zēng), {@code Han-Latin} otherwise. Polyphones are read as ICU
 * reads them, which is not always right (银行 → yín xíng).
 */
public final class Pinyin {
  private static final Transliterator WORDS = Transliterator.getInstance("Han-Latin");
  private static final Transliterator NAMES = Transliterator.getInstance("Han-Latin/Names");
  private static final Transliterator ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private Pinyin() {}

  /** One syllable for each Han character of {@code text}, in order; other characters give none. */
  public static List<String> syllables(String text, boolean personName) {
    Transliterator t = personName ? NAMES : WORDS;
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (i < text.length() && isHan(c)) {
        run.append(c);
      } else if (run.length() > 0) {
        String[] parts = t.transliterate(run.toString()).trim().split("\\s+");
        if (parts.length != run.length()) {
          return List.of();
        }
        out.addAll(List.of(parts));
        run.setLength(0);
      }
    }
    return out;
  }

  /** The letter a Chinese word is filed under: its pinyin initial, or its own Latin initial; '#' otherwise. */
  public static String initial(String word) {
    if (word.isEmpty()) {
      return "#";
    }
    char c = word.charAt(0);
    if (isHan(c)) {
      String ascii = ASCII.transliterate(String.valueOf(c)).trim();
      return ascii.isEmpty() ? "#" : ascii.substring(0, 1).toUpperCase(Locale.ROOT);
    }
    String latin = com.ibm.icu.text.Normalizer2.getNFDInstance().normalize(String.valueOf(c)).substring(0, 1).toUpperCase(Locale.ROOT);
    return latin.matches("[A-Z]") ? latin : "#";
  }

  public static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
