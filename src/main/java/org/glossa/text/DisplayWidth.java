package org.glossa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Width of text in terminal cells: East Asian wide and full-width characters take two. */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(int codePoint) {
    if (codePoint == '\t') {
      return 1;
    }
    int type = UCharacter.getType(codePoint);
    if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT) {
      return 0;
    }
    int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** Cells taken by the first {@code length} chars of {@code text}. */
  public static int of(CharSequence text, int length) {
    int cells = 0;
    for (int i = 0; i < length && i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      cells += of(cp);
      i += Character.charCount(cp);
    }
    return cells;
  }
}
