package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermTest {

  @Test
  void isCaseSensitiveOnlyWithUppercaseLetter() {
    assertTrue(new Term("To B", "to-b").isCaseSensitive());
    assertTrue(new Term("SaaS", "saas").isCaseSensitive());
    assertFalse(new Term("large model", "llm").isCaseSensitive());
    assertFalse(new Term("腾讯", "tencent").isCaseSensitive());
    assertFalse(new Term("5g", "5g").isCaseSensitive());
  }

  @Test
  void refusesEmptyAlias() {
    assertThrows(IllegalArgumentException.class, () -> new Term("", "x"));
  }

  @Test
  void refusesBlankEntryId() {
    assertThrows(IllegalArgumentException.class, () -> new Term("RAG", " "));
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> new Term(null, "x"));
    assertThrows(NullPointerException.class, () -> new Term("x", null));
  }

  @Test
  void refusesSpacesOtherThanSingleInnerOnes() {
    for (String alias :
        new String[] {" RAG", "RAG ", "To  B", "To\tB", "To\nB", "To\u00A0B", "\u3000腾讯"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Term(alias, "x"), alias);
      assertTrue(e.getMessage().contains("'" + alias + "'"), e::getMessage);
    }
  }

  @Test
  void refusesUnpairedSurrogate() {
    assertThrows(IllegalArgumentException.class, () -> new Term("a\uD842", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Term("\uDFB7a", "x"));
  }

  @Test
  void namesAliasAndEntryInError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Term("To  B", "to-b"));
    assertEquals("double space in alias 'To  B' of entry 'to-b'", e.getMessage());
  }
}
