package org.glossa.text;

/**
 * How much there is to read in mixed text: Han characters, counted one by one as Chinese counts
 * length (字数), and the words of other scripts and numbers, counted as words ({@code RAG},
 * {@code 2023}, {@code fine-tuning} is two). Kana count as characters, like Han.
 */
public record TextCounts(int hanCharacters, int words) {

  public static TextCounts of(String text) {
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
