package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void readmeListsEveryRuleWithItsDescription() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (Rule rule : Rule.values()) {
      assertTrue(readme.contains("| `" + rule.id() + "` | " + rule.description() + " |"),
          "README.md lacks the row of rule " + rule.id() + "; regenerate the rules table from Rule");
    }
  }

  @Test
  void namesAreUniqueAndFoundByName() {
    assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
    for (Rule rule : Rule.values()) {
      assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
    }
  }
}
