package org.glossa.text;

/**
 * Reading time of mixed text from its {@link TextCounts}: Han characters at about 300 a minute,
 * words of other scripts at about 230 a minute, added up, so a Chinese text with Latin terms and an
 * English text with Chinese names are both timed by what they hold.
 */
public final class ReadingTime {
  static final int HAN_PER_MINUTE = 300;
  static final int WORDS_PER_MINUTE = 230;

  private ReadingTime() {}

  /** Whole minutes, at least one. */
  public static int minutes(TextCounts counts) {
    double minutes = (double) counts.hanCharacters() / HAN_PER_MINUTE + (double) counts.words() / WORDS_PER_MINUTE;
    return Math.max(1, (int) Math.round(minutes));
  }

  /** Whole minutes, at least one; the language no longer matters, since each script is counted by its own unit. */
  public static int minutes(String text, String languageTag) {
    return minutes(TextCounts.of(text));
  }
}
