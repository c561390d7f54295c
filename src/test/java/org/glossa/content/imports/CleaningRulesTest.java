package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class CleaningRulesTest {
  private static final Path PATH = Path.of("rules.yaml");
  private final Diagnostics collector = new Diagnostics();
  private List<Diagnostic> diagnostics = List.of();

  @Test
  void loadsTheProjectRulesFile() {
    CleaningRules rules = Fixtures.rules();
    assertEquals(List.of("365买球app官方网站", "365买球官方网站"),
        rules.spamStrings().stream().map(CleaningRules.TextRule::text).toList());
    assertTrue(rules.chromeLines().stream().anyMatch(r -> r.text().equals("返回列表")));
    assertEquals("API", rules.typos().get(0).replacement());
    assertTrue(rules.spamStrings().get(0).where().matches("import-rules\\.yaml:\\d+"));
  }

  @Test
  void reportsAnInvalidRegularExpressionAtItsLine() {
    parse("spam:\n  patterns:\n    - 'ok'\n    - '(unclosed'\n");
    assertEquals(4, diagnostics.get(0).line());
    assertTrue(diagnostics.get(0).message().startsWith("spam.patterns: invalid regular expression"));
  }

  @Test
  void reportsUnknownKeysAtTheirLine() {
    parse("spam:\n  strings: [a]\nchrom:\n  lines: [b]\n");
    assertEquals(3, diagnostics.get(0).line());
    assertEquals("unknown key 'chrom' in the rules file", diagnostics.get(0).message());
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    parse("spam:\n  strings: [a\nchrome: {}\n");
    assertTrue(diagnostics.get(0).message().startsWith("invalid YAML"), diagnostics.toString());
    assertTrue(diagnostics.get(0).line() >= 2);
  }

  @Test
  void refusesPatternsThatMatchEmptyText() {
    parse("chrome:\n  patterns: ['.*']\n");
    assertEquals("chrome.patterns: pattern matches the empty string", diagnostics.get(0).message());
  }

  @Test
  void refusesTypoWithoutCorrection() {
    parse("typos:\n  - {text: AIPI}\n");
    assertEquals(2, diagnostics.get(0).line());
  }

  @Test
  void refusesAnEmptyRulesFile() {
    parse("# no rules yet\n");
    assertEquals("the rules file has no rules", diagnostics.get(0).message());
  }

  private void parse(String yaml) {
    assertTrue(CleaningRules.parse(PATH, yaml, collector).isEmpty());
    diagnostics = collector.sorted();
    assertTrue(diagnostics.stream().allMatch(Diagnostic::isError));
  }
}
