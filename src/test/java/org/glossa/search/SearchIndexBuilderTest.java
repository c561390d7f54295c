package org.glossa.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index finds exactly what a linear scan of the passages finds. */
class SearchIndexBuilderTest {
  static final SearchTerms TERMS = new SearchTerms(Map.of(
      "hunyuan", Map.of("zh-Hans", List.of("混元大模型", "混元"), "en", List.of("Hunyuan large model", "Hunyuan")),
      "tencent-meeting", Map.of("zh-Hans", List.of("腾讯会议"), "en", List.of("Tencent Meeting")),
      "rag", Map.of("zh-Hans", List.of("检索增强生成", "RAG"), "en", List.of("retrieval-augmented generation", "RAG"))));

  static Passage zh(String id, String text) {
    return new Passage("zh-Hans", "zh-hans/a/", "标题", id, text);
  }

  @Test
  void indexesBigramsWordsStemsAndEntries() {
    SearchIndex index = new SearchIndexBuilder(TERMS).build("zh-Hans", List.of(
        zh("p1", "腾讯会议用混元大模型生成会议纪要。"),
        zh("p2", "RAG（检索增强生成）降低幻觉，models很多。"),
        zh("p3", "云")));
    assertArrayEquals(new int[] {0}, index.tokens().get("腾讯"));
    assertArrayEquals(new int[] {0}, index.tokens().get("混元大模型"));
    assertArrayEquals(new int[] {1}, index.tokens().get("rag"));
    assertArrayEquals(new int[] {1}, index.tokens().get("model"));
    assertArrayEquals(new int[] {2}, index.tokens().get("云"));
    assertArrayEquals(new int[] {0}, index.entries().get("hunyuan"));
    assertArrayEquals(new int[] {1}, index.entries().get("rag"));
    assertEquals("hunyuan", index.forms().get("hunyuan large model"));
    assertEquals("tencent-meeting", index.forms().get("腾讯会议"));
    assertEquals(Integer.valueOf('腾'), index.folding().get((int) '騰'));
    assertEquals(List.of(new SearchIndex.Article("zh-hans/a/", "标题")), index.articles());
  }

  @Test
  void refusesAPassageOfAnotherLanguage() {
    assertThrows(IllegalArgumentException.class,
        () -> new SearchIndexBuilder(TERMS).build("en", List.of(zh("p1", "腾讯"))));
  }

  /** Random passages over a small alphabet of Simplified and Traditional characters and a few words. */
  @Test
  void hanAndWordHitsEqualALinearScan() {
    Random random = new Random(7);
    String[] pieces = {"腾", "騰", "讯", "訊", "会", "會", "议", "議", "云", "雲", "混", "元", "大", "模型", "，", " ",
        "Model", "models", "RAG", "agent", "agents", "的"};
    for (int round = 0; round < 15; round++) {
      List<Passage> passages = new ArrayList<>();
      for (int p = 0; p < 30; p++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
        passages.add(zh("p" + p, sb.toString()));
      }
      SearchIndex index = new SearchIndexBuilder(TERMS).build("zh-Hans", passages);
      for (int q = 0; q < 60; q++) {
        String query = hanQuery(random, pieces, passages);
        assertEquals(linearHan(passages, query), IndexQuery.han(index, query), "query " + query);
      }
      for (String word : List.of("model", "Models", "rag", "agent", "AGENTS", "the")) {
        assertEquals(linearWord(passages, word), IndexQuery.word(index, word), "word " + word);
      }
      for (String entry : TERMS.formsByEntry().keySet()) {
        assertEquals(linearEntry(passages, TERMS.formsIn("zh-Hans").get(entry)), IndexQuery.list(entriesAsTokens(index), entry),
            "entry " + entry);
      }
    }
  }

  @Test
  void writesTheSameBytesForTheSameIndex() {
    List<Passage> passages = List.of(zh("p1", "腾讯会议\"引号\"\\ \n 换行\u2028"), zh("p2", "混元"));
    byte[] a = SearchIndexJson.write(new SearchIndexBuilder(TERMS).build("zh-Hans", passages));
    byte[] b = SearchIndexJson.write(new SearchIndexBuilder(TERMS).build("zh-Hans", passages));
    assertArrayEquals(a, b);
    String json = new String(a, StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"version\":1,\"lang\":\"zh-Hans\",\"fold\":\""), json);
    assertTrue(json.contains("[0,\"p1\",\"腾讯会议\\\"引号\\\"\\\\ \\n 换行\\u2028\"]"), json);
    assertTrue(json.contains("\"混元\":[1]"), json);
  }

  @Test
  void writesPassageListsAsDifferences() {
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      passages.add(zh("p" + i, i % 3 == 0 ? "混元" : "其他"));
    }
    String json = new String(SearchIndexJson.write(new SearchIndexBuilder(TERMS).build("zh-Hans", passages)), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"混元\":[0,3,3,3]"), json);
  }

  private static String hanQuery(Random random, String[] pieces, List<Passage> passages) {
    if (random.nextBoolean()) {
      String text = passages.get(random.nextInt(passages.size())).text().replaceAll("[^\\p{IsHan}]", "");
      if (text.length() >= 2) {
        int start = random.nextInt(text.length() - 1);
        return text.substring(start, Math.min(text.length(), start + 1 + random.nextInt(3)));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String piece = pieces[random.nextInt(16)];
      sb.append(piece.codePoints().allMatch(SearchText::isHan) ? piece : "元");
    }
    return sb.toString();
  }

  private static Set<Integer> linearHan(List<Passage> passages, String query) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < passages.size(); i++) {
      if (SearchText.fold(passages.get(i).text()).contains(SearchText.fold(query))) {
        out.add(i);
      }
    }
    return out;
  }

  /** Passages with a maximal run of Latin letters whose stem equals the word's. */
  private static Set<Integer> linearWord(List<Passage> passages, String word) {
    String stem = EnglishStemmer.stem(word.toLowerCase(Locale.ROOT));
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < passages.size(); i++) {
      for (String w : passages.get(i).text().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (!w.isEmpty() && EnglishStemmer.stem(w).equals(stem)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** Passages containing a form (any case; a Latin form not inside a longer Latin word). */
  private static Set<Integer> linearEntry(List<Passage> passages, List<String> forms) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < passages.size(); i++) {
      String text = passages.get(i).text().toLowerCase(Locale.ROOT);
      for (String form : forms) {
        String f = form.toLowerCase(Locale.ROOT);
        for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
          boolean before = at > 0 && latin(text.charAt(at - 1)) && latin(f.charAt(0));
          boolean after = at + f.length() < text.length() && latin(text.charAt(at + f.length())) && latin(f.charAt(f.length() - 1));
          if (!before && !after) {
            out.add(i);
          }
        }
      }
    }
    return out;
  }

  private static boolean latin(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static SearchIndex entriesAsTokens(SearchIndex index) {
    return new SearchIndex(index.lang(), index.folding(), index.articles(), index.passages(), index.entries(), index.entries(),
        index.forms());
  }
}
