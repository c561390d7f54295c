package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Simplified → Traditional: ICU, standard forms, the editor's phrases, corner brackets, and what is left to review. */
class TraditionalConverterTest {
  static PhraseTable table(String... pairs) {
    List<PhraseTable.Phrase> phrases = IntStream.range(0, pairs.length / 2)
        .mapToObj(i -> new PhraseTable.Phrase(pairs[2 * i], pairs[2 * i + 1], "", i + 1)).toList();
    return new PhraseTable(phrases);
  }

  @Test
  void icuAloneMissesWhatTheIssueMeasured() {
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    assertEquals("群里", icu.convert("群里"));
    assertEquals("甚麼", icu.convert("什么"));
    assertEquals("頭髮乾淨", icu.convert("头发干净"));
    assertEquals("姓範", icu.convert("姓范"));
  }

  @Test
  void phrasesComeFirstAndTheLongestWins() {
    TraditionalConverter c = new TraditionalConverter(table("群里", "群裡", "什么", "什麼", "姓范", "姓范", "范围", "範圍", "姓范围", "姓范圍"));
    assertEquals("我們在群裡討論什麼", c.convert("我们在群里讨论什么"));
    assertEquals("姓范的人", c.convert("姓范的人"));
    assertEquals("姓范圍", c.convert("姓范围"));
    assertEquals("小範圍", c.convert("小范围"));
  }

  @Test
  void phrasesApplyFromLeftToRight() {
    TraditionalConverter c = new TraditionalConverter(table("开发", "開發", "发布", "發布"));
    assertEquals("公開發佈", TraditionalConverter.icuOnly().convert("公开发布").replace('布', '佈'));
    // 开发 starts first and wins; 布 is then ICU's (and standardised to 布).
    assertEquals(List.of("开发"), c.phrases().matches("公开发布").stream().map(m -> m.phrase().simplified()).toList());
    assertEquals(List.of("发布"), c.phrases().matches("新发布").stream().map(m -> m.phrase().simplified()).toList());
  }

  @Test
  void writesStandardFormsAndCornerBrackets() {
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    assertEquals("引以為鑑", icu.convert("引以为鉴"));
    assertEquals("啟動", icu.convert("启动"));
    assertEquals("發布", icu.convert("发布"));
    assertEquals("他說「『混元』很好」。", icu.convert("他说“‘混元’很好”。"));
    assertEquals("Tencent’s 「RAG」", icu.convert("Tencent’s “RAG”"));
  }

  @Test
  void keepsLengthLatinTextAndLineBreaks() {
    String text = "---\ntitle: 腾讯云TI平台\n---\n\nRAG（检索增强生成）[^rag]\n{#p1 turn=tong}\n";
    String converted = TraditionalConverter.icuOnly().convert(text);
    assertEquals(text.length(), converted.length());
    assertTrue(converted.contains("[^rag]\n{#p1 turn=tong}\n"));
    assertTrue(converted.startsWith("---\ntitle: 騰訊雲TI平台\n---"));
  }

  @Test
  void listsUnreviewedPlacesUntilAPhraseCoversThem() {
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    List<Ambiguity> found = icu.unreviewed("我们在群里讨论，腾讯很好。");
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).offset());
    assertEquals("里", found.get(0).character());
    assertEquals("裡里", found.get(0).forms());
    assertFalse(found.get(0).contextual());
    assertEquals(List.of(), new TraditionalConverter(table("群里", "群裡")).unreviewed("我们在群里讨论，腾讯很好。"));
  }

  @Test
  void listsPlacesWhereIcusPhraseRulesDecided() {
    List<Ambiguity> found = TraditionalConverter.icuOnly().unreviewed("什么");
    assertEquals(1, found.size());
    assertEquals("什", found.get(0).character());
    assertTrue(found.get(0).contextual());
    assertEquals("甚", found.get(0).icuChoice());
  }

  @Test
  void acceptsOnlyTraditionalFormsOfTheSameCharacter() {
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    assertTrue(icu.isTraditionalFormOf('里', '裡'));
    assertTrue(icu.isTraditionalFormOf('台', '臺'));
    assertTrue(icu.isTraditionalFormOf('腾', '騰'));
    assertTrue(icu.isTraditionalFormOf('A', 'A'));
    assertFalse(icu.isTraditionalFormOf('里', '理'));
    assertFalse(icu.isTraditionalFormOf('腾', '滕'));
  }

  @Test
  void oneConverterServesManyThreads() throws Exception {
    TraditionalConverter c = new TraditionalConverter(table("群里", "群裡", "平台", "平臺"));
    String text = "我们在群里讨论腾讯云TI平台的发展，头发干净，什么都有。".repeat(50);
    String expected = c.convert(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = IntStream.range(0, 32).mapToObj(i -> pool.submit(() -> c.convert(text))).toList();
      for (Future<String> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
