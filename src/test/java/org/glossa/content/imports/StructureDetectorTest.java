package org.glossa.content.imports;

import static org.glossa.content.imports.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class StructureDetectorTest {
  private final List<AuditEntry> audit = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final StructureDetector detector = new StructureDetector(Fixtures.meta("000_fe5bbb6232202266"));

  private Article detect(String... texts) {
    return detector.detect(Path.of("raw.txt"), lines(texts), audit, diagnostics);
  }

  @Test
  void takesAShortFirstLineAsTitleAndNumbersTheRestFromP1() {
    Article article = detect("对话腾讯汤道生：AI不止于大模型", "", "腾讯公司……悉数进入该群。", "很多人说，腾讯“不着急”。");
    assertEquals("对话腾讯汤道生：AI不止于大模型", article.title());
    assertEquals(List.of("p1", "p2"), article.units().stream().map(Unit::id).toList());
    assertEquals(3, article.units().get(0).line().number());
  }

  @Test
  void startsATurnAtASpeakerLabelAndDropsTheLabel() {
    Article article = detect("标题", "《潜望》：腾讯为什么不着急？", "汤道生:马化腾之前说的是……", "湯道生 ：很早期。");
    List<Unit> units = article.units();
    assertEquals(List.of("qianwang", "tong", "tong"), units.stream().map(Unit::speaker).toList());
    assertEquals("腾讯为什么不着急？", units.get(0).text());
    assertEquals("马化腾之前说的是……", units.get(1).text());
    assertEquals(5, units.get(1).column(0));
    assertEquals("很早期。", units.get(2).text());
  }

  @Test
  void takesAShortLineWithoutSentenceFinalPunctuationAsHeading() {
    Article article = detect("标题", "大模型的竞争才跑了一公里", "先搞清楚指标，再针对性投入", "“要把指标拆开看，坚持往那个方向走就行”。", "很早期。");
    assertEquals(List.of(Unit.Kind.HEADING, Unit.Kind.HEADING, Unit.Kind.PARAGRAPH, Unit.Kind.PARAGRAPH),
        article.units().stream().map(Unit::kind).toList());
  }

  @Test
  void keepsALongLineWithoutFinalPunctuationAsParagraph() {
    assertFalse(StructureDetector.looksLikeHeading("这是一个很长的句子没有任何句末标点但是它显然不是一个小标题而是正文的一部分"));
  }

  @Test
  void importsTextWithoutStructureAsPlainParagraphsWithAWarning() {
    Article article = detect("这是第一句话，它很长，读起来像正文。", "这是第二句话。", "这是第三句话。");
    assertEquals("", article.title());
    assertEquals(3, article.units().size());
    assertEquals(2, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.stream().noneMatch(Diagnostic::isError));
    assertTrue(diagnostics.get(1).message().startsWith("no headings or speaker turns recognised"));
  }
}
