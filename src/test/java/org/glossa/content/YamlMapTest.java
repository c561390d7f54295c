package org.glossa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlMapTest {
  private static final Path PATH = Path.of("file.yaml");
  private final Diagnostics diagnostics = new Diagnostics();

  private YamlMap parse(String yaml) {
    YamlMap map = YamlMap.parse(yaml, PATH, 0, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    return map;
  }

  @Test
  void readsAnEmptyDocumentAsAnEmptyMap() {
    assertTrue(parse("").keys().isEmpty());
    assertTrue(parse("# only a comment\n").keys().isEmpty());
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.sorted().toString());
  }
}
