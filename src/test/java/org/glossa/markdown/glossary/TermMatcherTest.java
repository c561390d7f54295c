package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  /** A matcher from alternating alias, entry id pairs. */
  static TermMatcher matcher(String... aliasEntryPairs) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < aliasEntryPairs.length; i += 2) {
      terms.add(new Term(aliasEntryPairs[i], aliasEntryPairs[i + 1]));
    }
    return TermMatcher.of(terms);
  }

  /** The matches in {@code text} as {@code matched text=entry}, checking offsets on the way. */
  static List<String> found(TermMatcher matcher, String text) {
    List<String> result = new ArrayList<>();
    for (TermMatch m : matcher.findAll(text)) {
      assertEquals(m.alias().length(), m.length(), () -> "length of " + m);
      result.add(text.substring(m.start(), m.end()) + "=" + m.entryId());
    }
    return result;
  }

  // Rule 1: leftmost-longest, non-overlapping.

  @Test
  void prefersLongestMatchAtSamePosition() {
    TermMatcher m = matcher("腾讯", "tencent", "腾讯会议", "voov");
    assertEquals(List.of("腾讯会议=voov"), found(m, "打开腾讯会议。"));
    assertEquals(List.of("腾讯=tencent"), found(m, "腾讯会"));
  }

  @Test
  void prefersWholeNameOverItsParts() {
    TermMatcher m = matcher("混元", "hunyuan", "大模型", "llm", "混元大模型", "hunyuan-llm");
    assertEquals(List.of("混元大模型=hunyuan-llm"), found(m, "混元大模型"));
    assertEquals(List.of("混元=hunyuan", "大模型=llm"), found(m, "混元的大模型"));
  }

  @Test
  void prefersLeftmostOverLongerOverlappingLaterMatch() {
    TermMatcher m = matcher("混元大", "a", "大模型", "llm");
    assertEquals(List.of("混元大=a"), found(m, "混元大模型"));
  }

  @Test
  void resumesScanningAtEndOfMatch() {
    TermMatcher m = matcher("腾讯", "tencent", "讯腾", "other");
    assertEquals(List.of("腾讯=tencent", "腾讯=tencent"), found(m, "腾讯腾讯"));
  }

  @Test
  void findsSuffixOfAbandonedLongerCandidate() {
    TermMatcher m = matcher("腾讯会议室", "room", "会议", "meeting");
    assertEquals(List.of("会议=meeting"), found(m, "腾讯会议"));
  }

  @Test
  void reportsOffsetsInTheSearchedText() {
    TermMatch match = matcher("RAG", "rag").findAll("用RAG技术").get(0);
    assertEquals(new TermMatch(1, 4, "rag", "RAG"), match);
  }

  // Rule 2: unspaced Chinese.

  @Test
  void matchesInsideUnspacedChinese() {
    TermMatcher m = matcher("RAG", "rag", "混元大模型", "hunyuan", "腾讯", "tencent");
    assertEquals(List.of("RAG=rag"), found(m, "用RAG技术"));
    assertEquals(List.of("腾讯=tencent", "混元大模型=hunyuan"), found(m, "腾讯混元大模型"));
    assertEquals(List.of("RAG=rag"), found(m, "支持RAG"));
  }

  // Rule 3: Latin word boundaries.

  @Test
  void ignoresAliasInsideLatinWord() {
    assertEquals(List.of(), found(matcher("rag", "rag"), "a fragment of ragtime"));
    assertEquals(List.of(), found(matcher("RAG", "rag"), "FRAGMENT"));
  }

  @Test
  void ignoresPluralOfAcronym() {
    assertEquals(List.of(), found(matcher("RAG", "rag"), "RAGs are everywhere"));
  }

  @Test
  void matchesAcronymNextToHanAndPunctuation() {
    TermMatcher m = matcher("GPU", "gpu", "SaaS", "saas", "IaaS", "iaas", "PaaS", "paas");
    assertEquals(List.of("GPU=gpu"), found(m, "GPU卡"));
    assertEquals(List.of("SaaS=saas"), found(m, "SaaS产品"));
    assertEquals(List.of("IaaS=iaas", "PaaS=paas"), found(m, "IaaS、PaaS"));
    assertEquals(List.of("GPU=gpu", "GPU=gpu"), found(m, "(GPU) GPU-based"));
  }

  @Test
  void treatsDigitsAsWordCharacters() {
    TermMatcher m = matcher("5G", "5g", "GPT", "gpt");
    assertEquals(List.of(), found(m, "15G GPT4"));
    assertEquals(List.of("5G=5g", "GPT=gpt"), found(m, "5G网络和GPT。"));
  }

  @Test
  void treatsAccentedLatinLettersAsWordCharacters() {
    assertEquals(List.of(), found(matcher("caf", "caf"), "café"));
    assertEquals(List.of(), found(matcher("AI", "ai"), "ÉAI"));
  }

  @Test
  void treatsCombiningMarkAsPartOfTheWord() {
    TermMatcher m = matcher("RAG", "rag");
    assertEquals(List.of(), found(m, "RAG\u0301"));
    assertEquals(List.of(), found(m, "e\u0301RAG"));
    assertEquals(List.of("RAG=rag"), found(m, "用\u0301RAG"));
  }

  @Test
  void givesUpLookingThroughMarksAfterStreamSafeLimit() {
    String marks = "\u0301".repeat(WordBoundary.MAX_MARKS);
    TermMatcher m = matcher("RAG", "rag");
    assertEquals(List.of(), found(m, "e" + marks + "RAG"));
    assertEquals(List.of("RAG=rag"), found(m, "e" + marks + "\u0301RAG"));
  }

  @Test
  void needsNoBoundaryAtHanEndOfMixedAlias() {
    TermMatcher m = matcher("RAG系统", "rag-system", "混元AI", "hunyuan-ai");
    assertEquals(List.of("RAG系统=rag-system"), found(m, "RAG系统abc"));
    assertEquals(List.of(), found(m, "xRAG系统"));
    assertEquals(List.of("混元AI=hunyuan-ai"), found(m, "abc混元AI。"));
    assertEquals(List.of(), found(m, "混元AIs"));
  }

  @Test
  void fallsBackToShorterAliasWhenLongerBreaksWord() {
    TermMatcher m = matcher("GPU", "gpu", "GPU c", "gpu-c");
    assertEquals(List.of("GPU=gpu"), found(m, "GPU cards"));
    assertEquals(List.of("GPU c=gpu-c"), found(m, "GPU c."));
  }

  @Test
  void triesLaterPositionWhenLeftmostBreaksWord() {
    TermMatcher m = matcher("AB", "ab", "BC", "bc");
    assertEquals(List.of("BC=bc"), found(m, "ABC BC"));
  }

  // Rule 4: case.

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

  // Rule 5: spaces.

  @Test
  void matchesSpaceInAliasWithExactlyOneSpace() {
    TermMatcher m = matcher("Software is eating the world", "andreessen");
    assertEquals(
        List.of("Software is eating the world=andreessen"),
        found(m, "“Software is eating the world.”"));
    assertEquals(List.of(), found(m, "Software  is eating the world"));
    assertEquals(List.of(), found(m, "Software\tis eating\nthe world"));
    assertEquals(List.of(), found(m, "Software\u00A0is eating the world"));
  }

  // Edges.

  @Test
  void findsNothingWithoutTerms() {
    TermMatcher m = TermMatcher.of(List.of());
    assertTrue(m.isEmpty());
    assertEquals(List.of(), m.findAll("腾讯 RAG"));
    assertFalse(matcher("RAG", "rag").isEmpty());
  }

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), matcher("RAG", "rag").findAll(""));
  }

  @Test
  void searchesAnyCharSequence() {
    StringBuilder text = new StringBuilder("支持RAG");
    assertEquals(List.of(new TermMatch(2, 5, "rag", "RAG")), matcher("RAG", "rag").findAll(text));
  }

  @Test
  void returnsUnmodifiableList() {
    List<TermMatch> matches = matcher("RAG", "rag").findAll("RAG");
    assertThrows(UnsupportedOperationException.class, () -> matches.add(matches.get(0)));
  }

  @Test
  void matchesSupplementaryCharacters() {
    TermMatcher m = matcher("𠮷野家", "yoshinoya", "😀", "smile");
    assertEquals(List.of("𠮷野家=yoshinoya", "😀=smile"), found(m, "去𠮷野家😀"));
  }
}
