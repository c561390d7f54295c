package org.glossa.markdown.glossary;

import static org.glossa.markdown.glossary.Fixtures.found;
import static org.glossa.markdown.glossary.Fixtures.matcher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Leftmost-longest matching, unspaced Chinese, spaces in aliases and edge cases. */
class TermMatcherTest {

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
