package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Slugs from Chinese and mixed headings: pinyin, the same in both scripts, bounded, empty only when nothing is spelled. */
class SlugTest {
  @Test
  void spellsChineseInPinyin() {
    assertEquals("da-mo-xing-de-jing-zheng-cai-pao-le-yi-gong-li", Slug.of("大模型的竞争才跑了一公里"));
    assertEquals("xian-gao-qing-chu-zhi-biao-zai-zhen-dui-xing-tou-ru", Slug.of("先搞清楚指标，再针对性投入"));
    assertEquals("mixed-zhong-wen-and-english", Slug.of("Mixed 中文 and English"));
    assertEquals("teng-xun-yun-ti-ping-tai", Slug.of("腾讯云TI平台"));
    assertEquals("721-fa-ze", Slug.of("“721”法则"));
  }

  @Test
  void givesTraditionalTextTheSameSlug() {
    assertEquals(Slug.of("大模型的竞争才跑了一公里"), Slug.of("大模型的競爭才跑了一公里"));
    assertEquals(Slug.of("腾讯云TI平台"), Slug.of("騰訊雲TI平臺"));
    assertEquals(Slug.of("后来"), Slug.of("後來"));
  }

  @Test
  void isEmptyOnlyWithoutLettersDigitsOrHan() {
    assertEquals("", Slug.of("!!! —— ？"));
    assertEquals("café-2", Slug.of("Café 2"));
    assertEquals("l", Slug.of("ℒ"));
  }

  @Test
  void staysShortAndCutsAtAWord() {
    String slug = Slug.of("中".repeat(40));
    assertTrue(slug.length() <= Slug.MAX, slug);
    assertTrue(slug.endsWith("zhong"), slug);
  }
}
