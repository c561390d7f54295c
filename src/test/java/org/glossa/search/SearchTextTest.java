package org.glossa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How search reads text: Han by Unicode's script table, runs of Han and of word characters. */
class SearchTextTest {
  @Test
  void isHanAgreesWithUnicodesScriptTableForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (SearchText.isHan(cp) != han) {
        throw new AssertionError(String.format("U+%04X: isHan %s, the script table %s", cp, !han, han));
      }
    }
    assertTrue(SearchText.isHan('腾'));
    assertTrue(SearchText.isHan(0x20000), "CJK extension B");
    assertFalse(SearchText.isHan('R'));
    assertFalse(SearchText.isHan('。'));
  }

  @Test
  void splitsTextIntoRunsOfHanAndOfWordCharacters() {
    assertEquals(List.of("腾讯云的", "与混元"), SearchText.runs("腾讯云的RAG与混元。", true));
    assertEquals(List.of("rag", "2024"), SearchText.runs("腾讯云的rag与2024年", false));
  }
}
