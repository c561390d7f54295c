package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LikelyScriptTest {
  @Test
  void namesTheScriptATagMostLikelyMeans() {
    assertEquals(Optional.of("zh-Hans"), LikelyScript.of("zh"));
    assertEquals(Optional.of("zh-Hant"), LikelyScript.of("zh-TW"), "the region decides the likely script");
    assertEquals(Optional.empty(), LikelyScript.of("zh-Hans"), "a tag with a script keeps it");
    assertEquals(Optional.of("sr-Cyrl"), LikelyScript.of("sr"));
  }
}
