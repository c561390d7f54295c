package org.glossa.search;

/**
 * A light English stemmer: plural and third-person {@code -s} only (Harman's "S" stemmer, as in
 * Lucene's {@code EnglishMinimalStemmer}): {@code models → model}, {@code companies → company},
 * {@code agents → agent}; {@code business}, {@code focus}, {@code goes} and {@code shoes} keep
 * their {@code -s}/{@code -es}. Other endings are left to the client's prefix matching
 * ({@code tun → tuning}), which suits search as you type. The client's {@code stem} in
 * {@code search.js} is the same function; a test keeps them equal.
 */
public final class EnglishStemmer {
  private EnglishStemmer() {}

  /** The stem of a lower-case word. */
  public static String stem(String word) {
    int len = word.length();
    if (len < 3 || word.charAt(len - 1) != 's') {
      return word;
    }
    char before = word.charAt(len - 2);
    if (before == 'u' || before == 's') {
      return word;
    }
    if (before == 'e') {
      if (len > 3 && word.charAt(len - 3) == 'i' && word.charAt(len - 4) != 'a' && word.charAt(len - 4) != 'e') {
        return word.substring(0, len - 3) + "y";
      }
      char third = word.charAt(len - 3);
      if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
        return word;
      }
    }
    return word.substring(0, len - 1);
  }
}
