package org.glossa.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class SourceEditsTest {
  private static String normalised(String raw) {
    return SourceFile.decode(java.nio.file.Path.of("x.md"), raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), new Diagnostics())
        .orElseThrow().text();
  }

  @Test
  void insertsAtOffsetsOfTheNormalisedTextAndKeepsCrlf() {
    String raw = "---\r\ntitle: x\r\n---\r\n\r\n段落一。\r\n\r\n段落二。\r\n";
    String text = normalised(raw);
    int end = text.indexOf("段落一。") + "段落一。".length();
    String out = SourceEdits.apply(raw, List.of(new TextInsertion(end, "\n{#p1}")));
    assertEquals("---\r\ntitle: x\r\n---\r\n\r\n段落一。\r\n{#p1}\r\n\r\n段落二。\r\n", out);
  }

  @Test
  void keepsByteOrderMarkLoneCarriageReturnsAndAMissingFinalLineEnd() {
    String raw = "\uFEFFa\rb";
    String text = normalised(raw);
    assertEquals("a\nb", text);
    assertEquals("\uFEFFa\r{#p1}\rb {x}", SourceEdits.apply(raw, List.of(new TextInsertion(1, "\n{#p1}"), new TextInsertion(3, " {x}"))));
  }

  @Test
  void keepsTheOrderOfInsertionsAtOneOffset() {
    assertEquals("xab", SourceEdits.apply("", List.of(new TextInsertion(0, "x"), new TextInsertion(0, "a"), new TextInsertion(0, "b"))));
  }

  @Test
  void refusesAnOffsetPastTheEnd() {
    assertThrows(IllegalArgumentException.class, () -> SourceEdits.apply("ab", List.of(new TextInsertion(3, "x"))));
  }
}
