package org.glossa.content.imports;

import static org.glossa.content.imports.Fixtures.lines;
import static org.glossa.content.imports.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChromeFilterTest {
  private final ChromeFilter filter = new ChromeFilter(Fixtures.rules());
  private final List<AuditEntry> audit = new ArrayList<>();

  @Test
  void dropsChromeLinesAndKeepsTheirNeighbours() {
    ChromeFilter.Result result = filter.apply(lines("中國金屬材料流通協會,歡迎您!", "", " 搜索 ", "正文", "返回列表"), audit);
    assertEquals(List.of("", "正文"), texts(result.lines()));
    assertEquals(List.of(1, 3, 5), audit.stream().map(AuditEntry::line).toList());
    assertEquals(2, audit.get(1).column());
  }

  @Test
  void dropsLinesMatchingAChromePattern() {
    assertEquals(List.of(), texts(filter.apply(lines("English服務熱線:010-59231580"), audit).lines()));
  }

  @Test
  void keepsAWordOfChromeInsideASentence() {
    assertEquals(List.of("我们搜索了很多资料。"), texts(filter.apply(lines("我们搜索了很多资料。"), audit).lines()));
    assertTrue(audit.isEmpty());
  }

  @Test
  void readsTheDateOfAMetadataLineAndDropsTheLine() {
    ChromeFilter.Result result = filter.apply(lines("标题", "发布时间:2024-07-04 23:44:13点击:", "正文"), audit);
    assertEquals(List.of("标题", "正文"), texts(result.lines()));
    assertEquals(Optional.of("2024-07-04"), result.date());
    assertEquals(AuditEntry.Kind.REMOVED_CHROME, audit.get(0).kind());
    assertTrue(audit.get(0).reason().contains("date 2024-07-04"), audit.get(0).reason());
  }
}
