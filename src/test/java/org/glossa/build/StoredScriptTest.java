package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, fact 2: script from content never reaches a page: raw HTML, attribute blocks, link URLs
 * in any spelling, glossary definitions and editorial notes, with rawHtml off (the default) and on;
 * and build and check both say what they left out, with file, line and rule.
 */
class StoredScriptTest {
  @TempDir Path dir;

  @Test
  void publishesNoScriptFromContentAndSaysWhere() throws Exception {
    SiteFixture site = SiteFixture.of(dir, HostileSite.FILES);
    assertEquals(0, site.run("build"), site.err());
    assertEquals(List.of(), HostileSite.scriptVectors(site.site()));
    assertTrue(site.err().contains("[raw-html]") && site.err().contains("[unsafe-markup]"), site.err());
    String err = site.problems();
    assertTrue(err.contains("content/talks/hostile/index.zh-Hans.md:6:10: warning: HTML in Markdown is shown as text"), err);
    assertTrue(err.contains("[raw-html]"), err);
    assertTrue(err.contains("content/talks/hostile/index.zh-Hans.md:13:"), "the attribute block's line: " + err);
    assertTrue(err.contains("the attribute 'onmouseover' is not allowed in an attribute block"), err);
    assertTrue(err.contains("the attribute 'style' is not allowed in an attribute block"), err);
    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
      assertTrue(err.contains("a link to a " + scheme + " URL is not written [unsafe-markup]"), scheme + " in " + err);
    }
    assertTrue(err.contains("content/glossary.yaml:"), "glossary definitions are checked too: " + err);
    assertTrue(err.contains("content/talks/hostile/index.zh-Hans.md:3: warning: HTML in Markdown is shown as text"),
        "the note's line: " + err);
    String page = site.read("zh-hans/talks/hostile/index.html");
    assertTrue(page.contains("&lt;script&gt;window.__pwned('script inline')&lt;/script&gt;"), "raw HTML is shown as text");
    assertTrue(page.contains("lang=\"zh-Hans\">把鼠标移到这里。"), "allowed attributes stay");
    assertEquals(List.of(), refusedUrlsWrittenAsPaths(site.site()));
  }

  /**
   * A refused URL is not written at all, not even made into a harmless path: java&#9;script: has a
   * scheme as a browser reads it, so it is not resolved against the page like a relative link.
   */
  private static List<String> refusedUrlsWrittenAsPaths(Path site) throws Exception {
    List<String> found = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(site)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(java.nio.file.Files.readString(page)).select("[href], [src]")) {
          String url = (e.attr("href") + " " + e.attr("src")).replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT);
          if (url.contains("script:") || url.contains("data:")) {
            found.add(site.relativize(page) + ": " + e.outerHtml());
          }
        }
      }
    }
    return found;
  }

  @Test
  void checkReportsTheSameAndWritesNothing() throws Exception {
    SiteFixture site = SiteFixture.of(dir, HostileSite.FILES);
    assertEquals(0, site.run("check"), site.err());
    assertTrue(site.err().contains("[unsafe-markup]") && site.err().contains("[raw-html]"), site.err());
    assertEquals(1, site.run("check", "--strict"), site.err());
    assertFalse(java.nio.file.Files.exists(site.site()));
  }

  @Test
  void withRawHtmlOnKeepsPlainHtmlAndStillRemovesScript() throws Exception {
    SiteFixture site = SiteFixture.of(dir, HostileSite.FILES_WITH_RAW_HTML);
    assertEquals(0, site.run("build"), site.err());
    assertEquals(List.of(), HostileSite.scriptVectors(site.site()));
    assertTrue(site.read("zh-hans/talks/hostile/index.html").contains("腾讯用<b>"), "plain HTML is kept");
    assertTrue(site.err().contains("removed <script> from the HTML"), site.err());
    assertTrue(site.err().contains("removed the onerror attribute of <img> from the HTML"), site.err());
    assertFalse(site.err().contains("[raw-html]"), site.err());
  }
}
