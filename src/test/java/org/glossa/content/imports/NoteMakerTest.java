package org.glossa.content.imports;

import static org.glossa.content.imports.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteMakerTest {
  private final List<AuditEntry> audit = new ArrayList<>();
  private final SourceMeta meta = Fixtures.meta("000_fe5bbb6232202266");

  private List<Unit> annotate(String... texts) {
    Article article = new StructureDetector(meta).detect(Path.of("raw.txt"), lines(texts), audit, new ArrayList<>());
    return new NoteMaker(Fixtures.rules(), meta).annotate(article, audit).units();
  }

  @Test
  void notesAnAnswerThatFollowsTheSameSpeakersTurn() {
    List<Unit> units = annotate("标题", "《潜望》：怎么看？", "汤道生：回答。", "续段。", "汤道生：很早期。");
    assertEquals(List.of(), units.get(1).notes());
    assertEquals(List.of(new Unit.Note(4, "gap-1", "原文此处未载提问。", false)), units.get(3).notes());
  }

  @Test
  void notesAnAnswerThatFollowsNarrativeOrAHeading() {
    List<Unit> units = annotate("标题", "叙述段落。", "汤道生：回答。", "小标题", "汤道生：再答。");
    assertEquals("gap-1", units.get(1).notes().get(0).label());
    assertEquals("gap-2", units.get(3).notes().get(0).label());
  }

  @Test
  void marksAnEvidentTypoWithSicKeepingTheText() {
    List<Unit> units = annotate("标题", "切换不同大模型的AIPI调用接口，打造更又竞争力的MaaS服务。");
    assertEquals("切换不同大模型的AIPI调用接口，打造更又竞争力的MaaS服务。", units.get(0).text());
    assertEquals(List.of(new Unit.Note(12, "sic-1", "原文作“AIPI”，当为“API”。", true),
        new Unit.Note(24, "sic-2", "原文作“更又竞争力”，当为“更有竞争力”。", true)), units.get(0).notes());
    AuditEntry typo = audit.stream().filter(a -> a.kind() == AuditEntry.Kind.TYPO_MARKED).findFirst().orElseThrow();
    assertEquals(9, typo.column());
  }
}
