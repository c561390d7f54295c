package org.glossa.text;

import java.util.ArrayList;
import java.util.List;
import org.glossa.text.PartialDate;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ICU4J-backed text services on the edition's own words. */
class TextTest {
  @Test
  void formatsDatesAtTheirPrecision() {
    PartialDate day = PartialDate.parse("2024-07-04").orElseThrow();
    PartialDate month = PartialDate.parse("2023-09").orElseThrow();
    assertEquals("2024年7月4日", DateFormatter.format(day, "zh-Hans"));
    assertEquals("July 4, 2024", DateFormatter.format(day, "en"));
    assertEquals("2023年9月", DateFormatter.format(month, "zh-Hans"));
    assertEquals("September 2023", DateFormatter.format(month, "en"));
    assertEquals("2023", DateFormatter.format(month.withPrecision(PartialDate.Precision.YEAR), "en"));
  }

  @Test
  void readsPinyinOfNamesAndWords() {
    assertEquals(List.of("tāng", "dào", "shēng"), Pinyin.syllables("汤道生", true));
    assertEquals(List.of("hùn", "yuán"), Pinyin.syllables("混元", false));
    assertEquals(List.of("téng", "xùn", "yún", "píng", "tái"), Pinyin.syllables("腾讯云TI平台", false));
    assertEquals(List.of(), Pinyin.syllables("RAG", false));
  }

  @Test
  void filesChineseUnderPinyinInitialsAndAcronymsUnderTheirLetter() {
    assertEquals("T", Pinyin.initial("腾讯会议"));
    assertEquals("R", Pinyin.initial("RAG"));
    assertEquals("H", Pinyin.initial("混元"));
    assertEquals("#", Pinyin.initial("“721”法则"));
  }

  @Test
  void ordersChineseByPinyinWithLatinFirst() {
    List<String> words = new ArrayList<>(List.of("腾讯", "混元", "CSIG", "阿里", "大模型"));
    words.sort(Collation.forLanguage("zh-Hans"));
    assertEquals(List.of("CSIG", "阿里", "大模型", "混元", "腾讯"), words);
  }

  @Test
  void countsChineseInCharactersAndEnglishInWords() {
    assertEquals(new TextCounts(7, 1), TextCounts.of("腾讯会议用RAG技术。"));
    assertEquals(new TextCounts(0, 5), TextCounts.of("Tencent Meeting uses large models."));
    assertEquals(new TextCounts(12, 5), TextCounts.of("腾讯会议用RAG技术做fine-tuning，2023年9月上线。"));
    assertEquals(new TextCounts(3, 3), TextCounts.of("Tong (汤道生) said “no”."));
    assertEquals(new TextCounts(4, 0), TextCounts.of("ひらがな"));
    assertEquals(new TextCounts(0, 0), TextCounts.of("，。——"));
  }

  @Test
  void timesMixedTextByWhatItHolds() {
    assertEquals(2, ReadingTime.minutes("字".repeat(600), "zh-Hans"));
    assertEquals(1, ReadingTime.minutes("", "en"));
    assertEquals(1, ReadingTime.minutes(new TextCounts(0, 230)));
    assertEquals(2, ReadingTime.minutes(new TextCounts(300, 230)));
    assertEquals(ReadingTime.minutes("汉字 ".repeat(300) + "word ".repeat(460), "en"),
        ReadingTime.minutes("汉字 ".repeat(300) + "word ".repeat(460), "zh-Hans"));
    assertEquals(4, ReadingTime.minutes("汉字 ".repeat(300) + "word ".repeat(460), "en"));
  }

  @Test
  void measuresDisplayWidthInCells() {
    assertEquals(2, DisplayWidth.of('腾'));
    assertEquals(1, DisplayWidth.of('R'));
    assertEquals(2, DisplayWidth.of('，'));
    assertEquals(7, DisplayWidth.of("腾讯RAG", 5));
  }
}
