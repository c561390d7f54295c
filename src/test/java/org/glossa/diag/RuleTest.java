package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void namesAreUniqueAndFoundByName() {
    assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
    for (Rule rule : Rule.values()) {
      assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
    }
  }
}
