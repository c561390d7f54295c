package org.glossa.text;

/**
 * How much there is to read in mixed text: Han characters, counted one by one as Chinese counts
 * length (字数), and the words of other scripts and numbers, counted as words ({@code RAG},
 * {@code 2023}, {@code fine-tuning} is two). Kana count as characters, like Han.
 */
public record TextCounts(int hanCharacters, int words) {

  /**
   * The counts of {@code text}. A run of Han characters is counted by its length without asking
   * ICU: its dictionary would only cut the run into words (a word break always falls where Han
   * meets another script, and kana are counted as characters too), and that is the slow part. The
   * marks and format characters after a Han character (variation selectors) belong to it, as in ICU.
   */
  public static TextCounts of(String text) {
    TextCounts counts = new TextCounts(0, 0);
    int other = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        i += Character.charCount(cp);
        continue;
      }
      counts = counts.plus(segmented(text.substring(other, i)));
      int han = 0;
      while (i < text.length() && (isHan(text.codePointAt(i)) || han > 0 && attaches(text.codePointAt(i)))) {
        han++;
        i += Character.charCount(text.codePointAt(i));
      }
      counts = counts.plus(new TextCounts(han, 0));
      other = i;
    }
    return counts.plus(segmented(text.substring(other)));
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Marks and format characters, which ICU's word rules attach to the character before them. */
  private static boolean attaches(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  /** The counts of text without Han, by ICU's word segmentation. */
  private static TextCounts segmented(String text) {
    if (text.isEmpty()) {
      return new TextCounts(0, 0);
    }
    int han = 0;
    int words = 0;
    for (Segmenter.Segment s : Segmenter.plain().words(text)) {
      if (s.kind() == Segmenter.Kind.HAN || isKana(s.text())) {
        han += s.text().codePointCount(0, s.text().length());
      } else {
        words++;
      }
    }
    return new TextCounts(han, words);
  }

  private static boolean isKana(String word) {
    Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
  }

  public TextCounts plus(TextCounts other) {
    return new TextCounts(hanCharacters + other.hanCharacters, words + other.words);
  }
}
