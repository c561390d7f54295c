package org.glossa.markdown;

/** Character classes of Chinese text that the Markdown layer needs. */
final class CjkText {
  private CjkText() {}

  /** Han, kana, bopomofo, CJK and full-width punctuation: characters written without spaces between them. */
  static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.isIdeographic(c)
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.BOPOMOFO
        || Character.isSurrogate(c)
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
  }
}
