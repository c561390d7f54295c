package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class SourceMetaTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

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
    assertTrue(SourceMeta.parse(Path.of("m.yaml"), "slug: ../etc\n", diagnostics).isEmpty());
    assertEquals("invalid slug '../etc'", diagnostics.get(0).message());
    assertEquals(1, diagnostics.get(0).line());
  }

  @Test
  void refusesAnUnknownRoleAndAnUnknownKey() {
    String yaml = "slug: a\nspeakers:\n  x: {name: X, role: host}\nauthor: Y\n";
    assertTrue(SourceMeta.parse(Path.of("m.yaml"), yaml, diagnostics).isEmpty());
    assertEquals(2, diagnostics.size(), diagnostics::toString);
  }
}
