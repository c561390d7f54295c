package org.glossa.markdown.glossary;

import static org.glossa.markdown.glossary.Fixtures.found;
import static org.glossa.markdown.glossary.Fixtures.matcher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Case: capitals make an alias exact, lowercase matches any case; clashing aliases. */
class TermMatcherCaseTest {

  @Test
  void matchesAliasWithCapitalsOnlyInSameCase() {
    TermMatcher m = matcher("To B", "to-b", "RAG", "rag");
    assertEquals(List.of(), found(m, "to be or not to b, rag"));
    assertEquals(List.of("To B=to-b", "RAG=rag"), found(m, "To B and RAG"));
  }

  @Test
  void matchesLowercaseAliasInAnyCase() {
    TermMatcher m = matcher("large model", "llm");
    assertEquals(
        List.of("Large model=llm", "LARGE MODEL=llm", "large model=llm"),
        found(m, "Large model. LARGE MODEL, large model"));
  }

  @Test
  void keepsOffsetsExactUnderCaseFolding() {
    // String.toLowerCase(Locale.ROOT) turns İ into two chars; per-char folding keeps one.
    TermMatcher m = matcher("istanbul", "ist", "rag", "rag");
    assertEquals(List.of("İSTANBUL=ist", "RAG=rag"), found(m, "İSTANBUL RAG"));
  }

  @Test
  void allowsCaseSensitiveSpellingsForDifferentEntries() {
    TermMatcher m = matcher("To B", "to-business", "TO B", "shouting");
    assertEquals(List.of("To B=to-business", "TO B=shouting"), found(m, "To B, TO B, to b"));
  }

  @Test
  void prefersExactSpellingOfSameEntry() {
    TermMatcher m = matcher("rag", "rag", "RAG", "rag");
    List<TermMatch> matches = m.findAll("RAG Rag");
    assertEquals(List.of("RAG", "rag"), matches.stream().map(TermMatch::alias).toList());
  }

  @Test
  void refusesAliasOfTwoEntries() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> matcher("RAG", "rag", "RAG", "rag2"));
    assertTrue(
        e.getMessage().contains("'rag'") && e.getMessage().contains("'rag2'"), e::getMessage);
  }

  @Test
  void refusesLowercaseAliasWhoseCapitalisedFormBelongsToAnotherEntry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> matcher("RAG", "acronym", "rag", "cloth"));
    assertTrue(
        e.getMessage().contains("'acronym'") && e.getMessage().contains("'cloth'"), e::getMessage);
  }

  @Test
  void acceptsRepeatedTerm() {
    TermMatcher m = matcher("腾讯", "tencent", "腾讯", "tencent");
    assertEquals(List.of("腾讯=tencent"), found(m, "腾讯"));
  }
}
