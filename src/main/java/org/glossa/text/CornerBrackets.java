package org.glossa.text;

/**
 * Quotation marks as Traditional Chinese in Taiwan writes them (教育部《重訂標點符號手冊》):
 * {@code “ ”} become {@code 「 」} and {@code ‘ ’} become {@code 『 』}. A {@code ’} between two
 * Latin letters or digits is an apostrophe ({@code Tencent’s}) and stays. Same length as the input.
 */
final class CornerBrackets {
  private CornerBrackets() {}

  static String apply(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      switch (out[i]) {
        case '“' -> out[i] = '「';
        case '”' -> out[i] = '」';
        case '‘' -> out[i] = '『';
        case '’' -> out[i] = isApostrophe(text, i) ? '’' : '』';
        default -> { }
      }
    }
    return new String(out);
  }

  private static boolean isApostrophe(String text, int i) {
    return i > 0 && i + 1 < text.length() && isLatin(text.charAt(i - 1)) && isLatin(text.charAt(i + 1));
  }

  private static boolean isLatin(char c) {
    return c >= '0' && c <= '9' || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }
}
