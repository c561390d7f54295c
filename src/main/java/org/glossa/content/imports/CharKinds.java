package org.glossa.content.imports;

/** Classifies characters the way the cleaning stages need: Han, Latin letters and digits, sentence ends. */
final class CharKinds {
  private static final String SENTENCE_END = "。！？!?…";
  private static final String CLOSERS = "”’」』）)》〉】\"'";

  private CharKinds() {}

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** ASCII or other Latin letters and ASCII digits: what a Latin run or a number is made of. */
  static boolean isLatinOrDigit(int codePoint) {
    return (codePoint >= '0' && codePoint <= '9')
        || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }

  static boolean isSentenceEnd(int codePoint) {
    return SENTENCE_END.indexOf(codePoint) >= 0;
  }

  /** Closing quotation marks and brackets, which may follow the sentence-final mark. */
  static boolean isCloser(int codePoint) {
    return CLOSERS.indexOf(codePoint) >= 0;
  }

}
