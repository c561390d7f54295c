package org.glossa.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesObjectsInOrderAndLeavesOutAbsentValues() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", "x");
    m.put("a", List.of(1, true));
    m.put("none", null);
    m.put("empty", List.of());
    assertEquals("{\"b\":\"x\",\"a\":[1,true]}", Json.write(m));
  }

  @Test
  void textFromContentCannotCloseTheScriptElementItIsWrittenInto() {
    String json = Json.write(Map.of("headline", "</script><script>alert(1)</script> & <!--"));
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    assertEquals("{\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"}", json);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"", Json.write("a\"b\\c\nd\u0001\u2028"));
    assertEquals("\"汤道生\"", Json.write("汤道生"), "other characters stay as they are (the page is UTF-8)");
  }
}
