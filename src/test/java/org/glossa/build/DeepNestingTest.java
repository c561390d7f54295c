package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, fact 11: Markdown nested deeper than the parser's recursion can bear (lists in lists,
 * quotations in quotations, images in images) is an error at its line, exit code 1, never a stack
 * overflow; ordinary nesting is untouched.
 */
class DeepNestingTest {
  @TempDir Path dir;
  SiteFixture site;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
  }

  private String buildWithBody(String body) throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\n---\n\n" + body);
    site.run("build");
    return site.err();
  }

  private void assertRefusedAtLine(String err, int line) {
    assertTrue(err.contains("content/talks/first/index.en.md:" + line + ": error: the Markdown nests too deeply"), err.substring(0, Math.min(2000, err.length())));
    assertFalse(err.contains("StackOverflowError") || err.contains("\tat "), "no stack trace");
  }

  @Test
  void refusesFourHundredNestedListLevels() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    String err = buildWithBody(body + "{#p1}\n");
    assertRefusedAtLine(err, 6 + 64);
  }

  @Test
  void refusesSixteenHundredNestedQuotations() throws Exception {
    String err = buildWithBody(">".repeat(1600) + " deep\n");
    assertRefusedAtLine(err, 6);
  }

  @Test
  void refusesNestingThatOnlyTheSyntaxTreeShows() throws Exception {
    String err = buildWithBody("![".repeat(2000) + "x" + "](a.png)".repeat(2000) + "\n{#p1}\n");
    assertRefusedAtLine(err, 6);
  }

  @Test
  void acceptsOrdinaryNesting() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    body.append("{#p1}\n\n> > > > > > quoted *a **b [c ![d](x.png)](y)***\n{#p2}\n");
    site.write("-- content/talks/first/index.zh-Hans.md --\n---\ntitle: 第一篇\n---\n\n" + body
        + "-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\n---\n\n" + body);
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("en/talks/first/index.html").contains("level 11"));
  }
}
