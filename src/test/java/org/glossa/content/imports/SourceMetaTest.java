package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class SourceMetaTest {
  private final Diagnostics collector = new Diagnostics();
  private List<Diagnostic> diagnostics = List.of();

  @Test
  void readsSpeakersWithTheirLabelsInOrder() {
    SourceMeta meta = Fixtures.meta("000_fe5bbb6232202266");
    assertEquals("interviews/ai-beyond-large-models", meta.slug());
    assertEquals(List.of("qianwang", "tong"), List.copyOf(meta.speakers().keySet()));
    assertEquals(List.of("《潜望》", "《潛望》"), meta.speakers().get("qianwang").labels());
    assertEquals("", meta.date());
  }

  @Test
  void refusesASlugThatLeavesTheContentDirectory() {
    assertTrue(parse("slug: ../etc\n").isEmpty());
    assertEquals("invalid slug '../etc'", diagnostics.get(0).message());
    assertEquals(1, diagnostics.get(0).line());
  }

  @Test
  void refusesAnUnknownRoleAndAnUnknownKey() {
    String yaml = "slug: a\nspeakers:\n  x: {name: X, role: host}\nauthor: Y\n";
    assertTrue(parse(yaml).isEmpty());
    assertEquals(2, diagnostics.size(), diagnostics::toString);
  }

  @Test
  void refusesADateThatIsNotInTheCalendar() {
    assertTrue(parse("slug: a\ndate: 2024-13\n").isEmpty());
    assertEquals("invalid date '2024-13'", diagnostics.get(0).message());
    assertEquals(2, diagnostics.get(0).line());
  }

  private Optional<SourceMeta> parse(String yaml) {
    Optional<SourceMeta> meta = SourceMeta.parse(Path.of("m.yaml"), yaml, collector);
    diagnostics = collector.sorted();
    return meta;
  }
}
