package org.glossa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Reading time from ICU4J's word boundaries: Chinese is counted in characters (about 300 a minute),
 * other languages in words (about 230 a minute).
 */
public final class ReadingTime {
  static final int HAN_PER_MINUTE = 300;
  static final int WORDS_PER_MINUTE = 230;

  private ReadingTime() {}

  /** Whole minutes, at least one. */
  public static int minutes(String text, String languageTag) {
    boolean chinese = languageTag.startsWith("zh");
    int count = chinese ? hanCharacters(text) : words(text, languageTag);
    return Math.max(1, Math.round((float) count / (chinese ? HAN_PER_MINUTE : WORDS_PER_MINUTE)));
  }

  static int hanCharacters(String text) {
    return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }

  static int words(String text, String languageTag) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(languageTag));
    words.setText(text);
    int count = 0;
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        count++;
      }
    }
    return count;
  }
}
