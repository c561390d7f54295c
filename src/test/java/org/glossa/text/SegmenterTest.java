package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.glossa.text.Segmenter.Kind;
import org.glossa.text.Segmenter.Segment;
import org.junit.jupiter.api.Test;

/** Words of mixed Chinese and Latin text, with the glossary's forms kept whole. */
class SegmenterTest {
  static final List<String> TERMS = List.of("腾讯", "腾讯会议", "混元", "混元大模型", "马化腾", "企业微信", "算力", "RAG", "To B",
      "fine-tuning", "Tencent Meeting");
  static final Segmenter GLOSSARY = Segmenter.keeping(TERMS);

  static List<String> words(Segmenter s, String text) {
    return s.words(text).stream().map(Segment::text).toList();
  }

  @Test
  void icuAloneSplitsTheNamesTheGlossaryKnows() {
    for (String name : List.of("腾讯", "混元", "马化腾", "企业微信")) {
      assertNotEquals(List.of(name), words(Segmenter.plain(), name), name);
      assertEquals(List.of(name), words(GLOSSARY, name), name);
    }
  }

  @Test
  void keepsTheLongestTermWholeAndLetsIcuSegmentTheRest() {
    List<Segment> s = GLOSSARY.words("马化腾说，腾讯会议用混元大模型生成会议纪要。");
    assertEquals(List.of("马化腾", "说", "腾讯会议", "用", "混元大模型", "生成", "会议", "纪要"), s.stream().map(Segment::text).toList());
    assertEquals(Kind.TERM, s.get(0).kind());
    assertEquals(Kind.HAN, s.get(1).kind());
  }

  @Test
  void matchesLatinTermsAtWordBoundariesInAnyCase() {
    assertEquals(List.of("用", "RAG", "技术"), words(GLOSSARY, "用RAG技术"));
    assertEquals(List.of("rag", "and", "fRAGment"), words(GLOSSARY, "rag and fRAGment"));
    assertEquals(Kind.TERM, GLOSSARY.words("rag").get(0).kind());
    assertEquals(Kind.LETTERS, GLOSSARY.words("fRAGment").get(0).kind());
    assertEquals(List.of("腾讯", "To B", "业务"), words(GLOSSARY, "腾讯To B业务"));
    assertEquals(List.of("Fine-Tuning", "models"), words(GLOSSARY, "Fine-Tuning models"));
    assertEquals(List.of("fine", "tuning"), words(Segmenter.plain(), "fine-tuning"));
  }

  @Test
  void giveNumbersAndOffsets() {
    String text = "2023年9月，Tencent Meeting上线";
    List<Segment> s = GLOSSARY.words(text);
    assertEquals(List.of("2023", "年", "9", "月", "Tencent Meeting", "上线"), s.stream().map(Segment::text).toList());
    assertEquals(Kind.NUMBER, s.get(0).kind());
    for (Segment seg : s) {
      assertEquals(seg.text(), text.substring(seg.start(), seg.end()));
    }
  }

  /** Every term occurrence that a plain left-to-right, longest-first scan finds is one segment; nothing else is a term. */
  @Test
  void agreesWithANaiveScanOnRandomText() {
    Random random = new Random(12);
    String[] filler = {"的", "用", "大", "模型", "会", "讯", " ", "，", "a", "B", "To", "fine", "-", "tuning", "RAGs", "1"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = random.nextInt(12); i < n; i++) {
        sb.append(random.nextInt(3) == 0 ? TERMS.get(random.nextInt(TERMS.size())) : filler[random.nextInt(filler.length)]);
      }
      String text = sb.toString();
      List<int[]> expected = naiveTerms(text);
      List<int[]> actual = new ArrayList<>();
      int last = 0;
      for (Segment seg : GLOSSARY.words(text)) {
        assertTrue(seg.start() >= last && seg.end() > seg.start(), text);
        last = seg.end();
        if (seg.kind() == Kind.TERM) {
          actual.add(new int[] {seg.start(), seg.end()});
        }
      }
      assertEquals(expected.stream().map(a -> a[0] + "-" + a[1]).toList(), actual.stream().map(a -> a[0] + "-" + a[1]).toList(), text);
    }
  }

  private static List<int[]> naiveTerms(String text) {
    List<int[]> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < text.length(); ) {
      int best = -1;
      for (String term : TERMS) {
        String t = term.toLowerCase(Locale.ROOT);
        if (lower.startsWith(t, i) && t.length() > best && apart(text, i, i + t.length())) {
          best = t.length();
        }
      }
      if (best > 0) {
        out.add(new int[] {i, i + best});
        i += best;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean apart(String text, int start, int end) {
    boolean latinStart = latin(text.charAt(start));
    boolean latinEnd = latin(text.charAt(end - 1));
    return !(latinStart && start > 0 && latin(text.charAt(start - 1))) && !(latinEnd && end < text.length() && latin(text.charAt(end)));
  }

  private static boolean latin(char c) {
    return Character.isDigit(c) || c < 0x250 && Character.isLetter(c);
  }
}
