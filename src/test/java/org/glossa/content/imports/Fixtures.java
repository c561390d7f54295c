package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.diag.Diagnostics;

/** Shared inputs of the import tests: the project's rules, seeds and sidecars, and small line builders. */
final class Fixtures {
  static final Path SOURCES = Path.of("content", "sources");
  static final Path RULES = SOURCES.resolve("import-rules.yaml");
  static final List<String> SEEDS = List.of("000_fe5bbb6232202266", "001_a44444c52fa49fc3");

  private Fixtures() {}

  static CleaningRules rules() {
    Diagnostics diagnostics = new Diagnostics();
    CleaningRules rules = CleaningRules.load(RULES, diagnostics).orElse(null);
    assertTrue(diagnostics.isEmpty() && rules != null, () -> "rules file: " + diagnostics.sorted());
    return rules;
  }

  static SourceMeta meta(String seed) {
    Diagnostics diagnostics = new Diagnostics();
    SourceMeta meta = SourceMeta.load(SOURCES.resolve(seed + ".meta.yaml"), diagnostics).orElse(null);
    assertTrue(diagnostics.isEmpty() && meta != null, () -> "meta file: " + diagnostics.sorted());
    return meta;
  }

  static Path raw(String seed) {
    return SOURCES.resolve(seed + ".txt");
  }

  static SourceLine line(String text) {
    return SourceLine.of(1, text);
  }

  static List<SourceLine> lines(String... texts) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      lines.add(SourceLine.of(i + 1, texts[i]));
    }
    return lines;
  }

  static List<String> texts(List<SourceLine> lines) {
    return lines.stream().map(SourceLine::text).toList();
  }
}
