package org.glossa.markdown.glossary;

/**
 * Simple, length-preserving case folding: each UTF-16 char is lowered on its own with {@link
 * Character#toLowerCase(char)} (locale-independent), so offsets in a folded text equal those in the
 * original. Supplementary characters are left as they are.
 */
final class CaseFolding {

  private CaseFolding() {}

  static char fold(char c) {
    return Character.toLowerCase(c);
  }

  static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }

  /** Whether {@code text} holds {@code alias} exactly, char for char, at {@code start}. */
  static boolean regionEquals(CharSequence text, int start, String alias) {
    for (int i = 0; i < alias.length(); i++) {
      if (text.charAt(start + i) != alias.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
