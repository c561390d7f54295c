package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationNormalizerTest {
  private final PunctuationNormalizer normalizer = new PunctuationNormalizer();
  private final List<AuditEntry> audit = new ArrayList<>();

  private String normalise(String text) {
    return normalizer.normalise(Fixtures.line(text), audit).text();
  }

  @Test
  void convertsMarksNextToHan() {
    assertEquals("很多人说，对大模型；对此：好！", normalise("很多人说,对大模型;对此:好!"));
    assertEquals(4, audit.size());
    assertEquals(new AuditEntry(1, 5, AuditEntry.Kind.NORMALISED_PUNCTUATION, ",", "，", "next to Han"), audit.get(0));
  }

  @Test
  void convertsAQuestionMarkAfterLatinTextInAChineseSentence() {
    assertEquals("他们用的是GPT？", normalise("他们用的是GPT?"));
    assertEquals("in a Chinese sentence", audit.get(0).reason());
  }

  @Test
  void convertsACommaAfterAClosingQuoteBeforeLatin() {
    assertEquals("他说“不着急”，AI还早", normalise("他说“不着急”,AI还早"));
  }

  @Test
  void keepsTheColonsOfATime() {
    assertEquals("发布时间：2024-07-04 23:44:13点击：", normalise("发布时间:2024-07-04 23:44:13点击:"));
    assertEquals(2, audit.size());
  }

  @Test
  void keepsACommaBetweenTwoLatinWords() {
    assertEquals("对比“Software is eating the world, really”的说法", normalise("对比“Software is eating the world, really”的说法"));
    assertEquals("他说Hello,world很经典", normalise("他说Hello,world很经典"));
  }

  @Test
  void keepsThousandsSeparatorsAndRatios() {
    assertEquals("超过1,000人，比例3:1", normalise("超过1,000人,比例3:1"));
    assertEquals(1, audit.size());
  }

  @Test
  void keepsMarksInLatinSentencesAndLatinQuotes() {
    assertEquals("Is it GPT? Yes, it is!", normalise("Is it GPT? Yes, it is!"));
    assertEquals("他问“Why?”", normalise("他问“Why?”"));
  }

  @Test
  void convertsParenthesesAroundHanAfterLatin() {
    assertEquals("搭建一套RAG（检索增强生成）系统", normalise("搭建一套RAG(检索增强生成)系统"));
    assertEquals("“Software Defined this and that”（软件定义一切）", normalise("“Software Defined this and that”(软件定义一切)"));
  }

  @Test
  void convertsParenthesesAroundLatinNextToHan() {
    assertEquals("社交网络事业群（SNG），转为", normalise("社交网络事业群(SNG),转为"));
  }

  @Test
  void keepsParenthesesWithoutHanNeighbours() {
    assertEquals("公式f(x) = 1很简单", normalise("公式f(x) = 1很简单"));
  }

  @Test
  void keepsUrlsIntact() {
    assertEquals("见https://example.com/a?b=1,2:3，谢谢", normalise("见https://example.com/a?b=1,2:3,谢谢"));
  }

  @Test
  void leavesQuotationMarksAsTheSourceHasThem() {
    assertEquals("他说：“我们\"不着急\"。”", normalise("他说:“我们\"不着急\"。”"));
  }
}
