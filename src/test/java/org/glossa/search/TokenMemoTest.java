package org.glossa.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** serve's memory of passages' tokens: the same index, each unchanged passage tokenised once. */
class TokenMemoTest {
  final List<String> tokenised = new ArrayList<>();

  TokenMemo.PassageTokens tokenise(String text) {
    tokenised.add(text);
    return new TokenMemo.PassageTokens(List.of(text), List.of());
  }

  void index(TokenMemo memo, String lang, Object forms, String... texts) {
    TokenMemo.Index index = memo.index(lang, forms);
    for (String text : texts) {
      index.of(text, this::tokenise);
    }
    index.done();
  }

  @Test
  void aRemadeIndexTokenisesOnlyTheNewTexts() {
    TokenMemo memo = TokenMemo.remembering();
    index(memo, "en", Map.of("rag", List.of("RAG")), "a", "b", "a");
    index(memo, "en", Map.of("rag", List.of("RAG")), "a", "c");
    assertEquals(List.of("a", "b", "c"), tokenised);
  }

  @Test
  void keepsOnlyTheLastIndexsTextsPerLanguage() {
    TokenMemo memo = TokenMemo.remembering();
    index(memo, "en", "forms", "a", "b");
    index(memo, "zh-Hans", "forms", "a");
    index(memo, "en", "forms", "a");
    index(memo, "en", "forms", "b");
    assertEquals(List.of("a", "b", "a", "b"), tokenised, "zh-Hans has its own; b was let go by the third index");
  }

  @Test
  void otherGlossaryFormsTokeniseEverythingAgain() {
    TokenMemo memo = TokenMemo.remembering();
    index(memo, "en", Map.of("rag", List.of("RAG")), "a");
    index(memo, "en", Map.of("rag", List.of("RAG", "retrieval")), "a");
    assertEquals(List.of("a", "a"), tokenised);
  }

  @Test
  void noneRemembersNothing() {
    index(TokenMemo.NONE, "en", "forms", "a");
    index(TokenMemo.NONE, "en", "forms", "a");
    assertEquals(List.of("a", "a"), tokenised);
  }

  @Test
  void anIndexMadeWithTheMemoEqualsOneMadeWithout() {
    List<Passage> first = List.of(SearchIndexBuilderTest.zh("p1", "腾讯会议用混元大模型生成会议纪要。"),
        SearchIndexBuilderTest.zh("p2", "RAG（检索增强生成）降低幻觉，models很多。"));
    List<Passage> edited = List.of(first.get(0), SearchIndexBuilderTest.zh("p2", "RAG降低幻觉。"), SearchIndexBuilderTest.zh("p3", "混元"));
    TokenMemo memo = TokenMemo.remembering();
    new SearchIndexBuilder(SearchIndexBuilderTest.TERMS, memo).build("zh-Hans", first);
    assertArrayEquals(SearchIndexJson.write(new SearchIndexBuilder(SearchIndexBuilderTest.TERMS).build("zh-Hans", edited)),
        SearchIndexJson.write(new SearchIndexBuilder(SearchIndexBuilderTest.TERMS, memo).build("zh-Hans", edited)));
  }
}
