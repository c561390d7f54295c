package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteStateTest {
  @Test
  void theOverlayShowsTheErrorsAsTheCommandLinePrintsThemEscaped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("content/a.zh-Hans.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: 腾讯<script>alert(1)</script>\n---\n", StandardCharsets.UTF_8);
    Diagnostic d = Diagnostic.error(file, 2, 10, "bad <b>title</b> & more", "write \"title: …\"");
    String html = SiteState.html(List.of(d), dir);
    assertTrue(html.contains("<span class=\"error\">content/a.zh-Hans.md:2:10: error: bad &lt;b&gt;title&lt;/b&gt; &amp; more</span>"), html);
    assertTrue(html.contains("  title: 腾讯&lt;script&gt;alert(1)&lt;/script&gt;\n"), "the source line: " + html);
    assertTrue(html.contains("\n" + " ".repeat(2 + 9 + 2) + "^\n"), "the caret under column 10, Han characters two cells wide: " + html);
    assertTrue(html.contains("<span class=\"hint\">  hint: write &quot;title: …&quot;</span>"), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void theStateNamesEachErrorWithFileAndLineInJsonThatCannotCloseAScript(@TempDir Path dir) {
    Diagnostic d = Diagnostic.error(dir.resolve("templates/layout.ftlh"), 7, 3, "</script><script>x", "");
    String json = SiteState.problems(5, List.of(d), dir);
    assertTrue(json.startsWith("{\"build\":5,\"problems\":{\"summary\":\"1 error, 0 warnings\""), json);
    assertTrue(json.contains("{\"path\":\"templates/layout.ftlh\",\"line\":7,\"column\":3,\"message\":\"\\u003c/script\\u003e"), json);
    assertFalse(json.contains("<") || json.contains("\n"), json);
    assertEquals("{\"build\":2,\"problems\":null}", SiteState.ok(2));
  }

  @Test
  void theReloadScriptGoesBeforeTheEndOfTheBody() {
    String html = "<html><body><p>x</p></BODY></html>";
    String out = new String(LiveScript.inject(html.getBytes(StandardCharsets.UTF_8), 7), StandardCharsets.UTF_8);
    assertEquals("<html><body><p>x</p><script src=\"/__glossa/live.js?build=7\"></script>\n</BODY></html>", out);
    assertTrue(new String(LiveScript.inject("<p>no body".getBytes(StandardCharsets.UTF_8), 1), StandardCharsets.UTF_8)
        .endsWith("<p>no body<script src=\"/__glossa/live.js?build=1\"></script>\n"));
  }
}
