package org.glossa.markdown.glossary;

import static org.glossa.markdown.glossary.Fixtures.found;
import static org.glossa.markdown.glossary.Fixtures.matcher;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin word boundaries: where an alias may start and end inside mixed text. */
class TermMatcherBoundaryTest {

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
}
