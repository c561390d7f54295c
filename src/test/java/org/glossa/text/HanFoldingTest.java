package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding reads ICU's one-character rules; it must equal ICU applied to each character alone. */
class HanFoldingTest {
  @Test
  void foldsTraditionalToSimplified() {
    assertEquals("腾讯会议与云", HanFolding.fold("騰訊會議與雲"));
    assertEquals("腾讯 RAG", HanFolding.fold("腾讯 RAG"));
    assertEquals('发', HanFolding.fold('髮'));
  }

  @Test
  void equalsIcuOnEveryCharacterAlone() {
    StringBuilder all = new StringBuilder();
    for (int c = 0x3400; c <= 0x9FFF; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        all.appendCodePoint(c).append('\n');
      }
    }
    String[] from = all.toString().split("\n");
    String[] to = TraditionalConverter.Icu.toSimplified(all.toString()).split("\n");
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < from.length; i++) {
      String expected = to[i].codePointCount(0, to[i].length()) == 1 ? to[i] : from[i];
      if (!HanFolding.fold(from[i]).equals(expected)) {
        differ.add(from[i] + "→" + HanFolding.fold(from[i]) + " (ICU: " + to[i] + ")");
      }
    }
    assertEquals(List.of(), differ);
  }
}
