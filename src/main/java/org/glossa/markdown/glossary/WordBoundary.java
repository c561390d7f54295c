package org.glossa.markdown.glossary;

/**
 * The Latin word-boundary rule. Word characters are Latin-script letters ({@code a}, {@code É},
 * {@code ß}, fullwidth {@code Ａ}) and decimal digits; Han, kana, punctuation, spaces and symbols
 * are not. An alias that begins with a word character must not follow one, and an alias that ends
 * with a word character must not be followed by one, so {@code RAG} matches in {@code 用RAG技术} and
 * {@code (RAG)} but not in {@code fRAGment} or {@code RAGs}.
 *
 * <p>Combining marks belong to the character before them: a mark after the alias makes it part of a
 * longer word ({@code RAG} + U+0301), and a mark before the alias is looked through to its base
 * character, at most {@value #MAX_MARKS} marks back (the Unicode stream-safe limit; a longer run
 * counts as a boundary), so that scanning stays linear.
 */
final class WordBoundary {

  static final int MAX_MARKS = 32;

  private WordBoundary() {}

  static boolean isWordChar(int codePoint) {
    if (Character.isDigit(codePoint)) {
      return true;
    }
    return Character.isLetter(codePoint)
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }

  /** Whether the alias needs a boundary before its first character. */
  static boolean boundedStart(String alias) {
    return isWordChar(alias.codePointAt(0));
  }

  /** Whether the alias needs a boundary after its last character. */
  static boolean boundedEnd(String alias) {
    return isWordChar(alias.codePointBefore(alias.length()));
  }

  /** Whether {@code text[start, end)} stands apart from the words around it, as far as required. */
  static boolean allows(
      CharSequence text, int start, int end, boolean boundedStart, boolean boundedEnd) {
    return !(boundedStart && wordBefore(text, start)) && !(boundedEnd && wordAfter(text, end));
  }

  private static boolean wordBefore(CharSequence text, int index) {
    int i = index;
    for (int marks = 0; i > 0 && marks <= MAX_MARKS; marks++) {
      int codePoint = Character.codePointBefore(text, i);
      if (!isMark(codePoint)) {
        return isWordChar(codePoint);
      }
      i -= Character.charCount(codePoint);
    }
    return false;
  }

  private static boolean wordAfter(CharSequence text, int index) {
    if (index >= text.length()) {
      return false;
    }
    int codePoint = Character.codePointAt(text, index);
    return isWordChar(codePoint) || isMark(codePoint);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
