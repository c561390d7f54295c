package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa new} starts an article in every language, fills in its front matter and never overwrites. */
class NewCommandTest {
  static final Clock DAY = Clock.fixed(Instant.parse("2025-03-09T10:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  SiteFixture site;
  String out;
  String err;

  @BeforeEach
  void edition() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--content";
    full[args.length + 1] = site.root.resolve("content").toString();
    int code = new Main(new PrintWriter(o), new PrintWriter(e), DAY).run(full);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void scaffoldsTheOriginalAndOneTranslationPerLanguageAsDrafts() throws Exception {
    assertEquals(0, run("new", "talks/second", "--title", "对话: 汤道生谈“AI”"), err);
    Path zh = site.root.resolve("content/talks/second/index.zh-Hans.md");
    Path en = site.root.resolve("content/talks/second/index.en.md");
    assertEquals("---\ntitle: \"对话: 汤道生谈“AI”\"\ndate: 2025-03-09\nlang: zh-Hans\ndraft: true\n---\n\n", Files.readString(zh));
    assertEquals("---\ntitle: \"对话: 汤道生谈“AI”\"\ndate: 2025-03-09\nlang: en\ntranslatedFrom: zh-Hans\ndraft: true\n---\n\n",
        Files.readString(en));
    assertTrue(out.contains("created " + zh) && out.contains("created " + en), out);

    assertEquals(0, site.run("build"), site.err());
    assertFalse(Files.exists(site.site().resolve("en/talks/second/index.html")), "a draft is not published");
    Files.writeString(zh, Files.readString(zh).replace("draft: true\n", "") + "第一段。\n");
    Files.writeString(en, Files.readString(en).replace("draft: true\n", "") + "The first paragraph.\n");
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("en/talks/second/index.html").contains("The first paragraph."));
  }

  @Test
  void makesATitleFromTheSlug() throws Exception {
    assertEquals(0, run("new", "talks/a-new_talk"), err);
    assertTrue(Files.readString(site.root.resolve("content/talks/a-new_talk/index.en.md")).startsWith("---\ntitle: A new talk\n"));
  }

  @Test
  void refusesToOverwriteAnyFile() throws Exception {
    assertEquals(0, run("new", "talks/second"), err);
    Path zh = site.root.resolve("content/talks/second/index.zh-Hans.md");
    Files.writeString(zh, "edited");
    assertEquals(1, run("new", "talks/second", "--title", "Other"));
    assertTrue(err.contains("index.zh-Hans.md: error: the article 'talks/second' already exists; nothing was written"), err);
    assertEquals("edited", Files.readString(zh));
  }

  @Test
  void refusesTheKeyOfAnArticleWrittenInAnotherForm() throws Exception {
    site.write("-- content/talks/third.en.md --\n---\ntitle: Third\n---\n");
    assertEquals(1, run("new", "talks/third"));
    assertTrue(err.contains("talks/third.en.md: error: the article 'talks/third' already exists"), err);
    assertFalse(Files.exists(site.root.resolve("content/talks/third")));
  }

  @Test
  void validatesTheSlugAsTheScannerDoes() {
    assertEquals(2, run("new", "Talks/Second"));
    assertTrue(err.contains("error: 'Talks' cannot be part of a web address"), err);
    assertEquals(2, run("new", "glossary"));
    assertTrue(err.contains("is taken by Glossa's own pages"), err);
    assertEquals(2, run("new", "talks/parallel"));
    assertEquals(2, run("new", "../outside"));
    assertFalse(Files.exists(site.root.resolve("outside")));
  }
}
