package org.glossa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Reading time from ICU4J's word boundaries: in Chinese each Han character counts, and each Latin
 * word or number once (about 300 a minute); other languages count words (about 230 a minute).
 */
public final class ReadingTime {
  static final int HAN_PER_MINUTE = 300;
  static final int WORDS_PER_MINUTE = 230;

  private ReadingTime() {}

  /** Whole minutes, at least one. */
  public static int minutes(String text, String languageTag) {
    boolean chinese = languageTag.startsWith("zh");
    int count = units(text, languageTag);
    return Math.max(1, Math.round((float) count / (chinese ? HAN_PER_MINUTE : WORDS_PER_MINUTE)));
  }

  /** Words, except that an ideographic word counts one per character. */
  static int units(String text, String languageTag) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(languageTag));
    words.setText(text);
    int count = 0;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status >= BreakIterator.WORD_IDEO && status < BreakIterator.WORD_IDEO_LIMIT) {
        count += text.codePointCount(start, end);
      } else if (status != BreakIterator.WORD_NONE) {
        count++;
      }
    }
    return count;
  }
}
