package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small sites written inline, built with the real templates, output asserted. */
class WholeSiteTest {
  @Test
  void buildsEveryLanguageWithPrefixedCleanUrls(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    for (String path : new String[] {"index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll",
        "zh-hans/index.html", "en/index.html", "zh-hans/talks/first/index.html", "en/talks/first/index.html",
        "zh-hans/glossary/index.html", "en/feed.xml", "zh-hans/feed.xml", "assets/glossa.css"}) {
      assertTrue(Files.exists(site.site().resolve(path)), path);
    }
  }

  @Test
  void marksLanguageAndAlternatesOnEveryPage(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Document zh = Jsoup.parse(site.read("zh-hans/talks/first/index.html"));
    assertEquals("zh-Hans", zh.selectFirst("html").attr("lang"));
    assertEquals("https://example.org/en/talks/first/",
        zh.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
    assertEquals("https://example.org/zh-hans/talks/first/",
        zh.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
    String sitemap = site.read("sitemap.xml");
    assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/talks/first/\"/>"), sitemap);
  }

  @Test
  void rendersTurnsWithSpeakersAndSharedAnchors(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Document en = Jsoup.parse(site.read("en/talks/first/index.html"));
    Document zh = Jsoup.parse(site.read("zh-hans/talks/first/index.html"));
    for (String id : new String[] {"p1", "p2", "p3", "p4"}) {
      assertTrue(en.getElementById(id) != null && zh.getElementById(id) != null, id);
    }
    Element answer = en.getElementById("p4").parent();
    assertEquals("group", answer.attr("role"));
    assertEquals("Dowson Tong", en.getElementById(answer.attr("aria-labelledby")).text());
    assertTrue(answer.hasClass("turn-interviewee"));
    assertEquals("因为如此。", zh.getElementById("p4").text(), "a line break between Han characters adds no space");
    assertEquals("Because so.", en.getElementById("p4").text());
  }

  @Test
  void numbersNotesPerLanguageWithoutIdClashes(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Document en = Jsoup.parse(site.read("en/talks/first/index.html"));
    Element ref = en.selectFirst("a.note-ref");
    assertEquals("#fn-en-1", ref.attr("href"));
    assertEquals("1", ref.text());
    assertTrue(en.getElementById("fn-en-1").text().contains("An editor's note."));
    assertEquals("#fnref-en-1", en.selectFirst("#fn-en-1 a.backref").attr("href"));
    assertEquals(0, en.select("[id]").eachAttr("id").stream().distinct().count() - en.select("[id]").size());
  }

  @Test
  void formatsDatesPerLanguageAtTheirPrecision(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    assertEquals("2024年7月4日", Jsoup.parse(site.read("zh-hans/talks/first/index.html")).selectFirst("time").text());
    assertEquals("July 4, 2024", Jsoup.parse(site.read("en/talks/first/index.html")).selectFirst("time").text());
  }

  @Test
  void writesAnAtomFeedPerLanguageWithoutTheClock(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    String feed = site.read("en/feed.xml");
    assertTrue(feed.contains("<updated>2024-07-04T00:00:00Z</updated>"), feed);
    assertTrue(feed.contains("<id>https://example.org/en/talks/first/</id>"), feed);
  }

  @Test
  void buildsTwiceByteForByte(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Map<String, byte[]> first = SiteFixture.snapshot(site.site());
    assertEquals(0, site.run("build"), site.err());
    Map<String, byte[]> second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void leavesDraftsOut(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- content/notes/wip/index.zh-Hans.md --
        ---
        title: 草稿
        draft: true
        ---
        还没写完。
        """);
    site.write("""
        -- content/notes/wip/photo.txt --
        an unpublished picture
        -- content/talks/first/index.en.md --
        ---
        title: A draft translation
        translatedFrom: zh-Hans
        draft: true
        ---
        """);
    assertEquals(0, site.run("build"), site.err());
    assertFalse(Files.exists(site.site().resolve("zh-hans/notes/wip/index.html")));
    assertFalse(Files.exists(site.site().resolve("zh-hans/notes/wip/photo.txt")), "a draft's files stay unpublished");
    assertFalse(Files.exists(site.site().resolve("en/talks/first/index.html")), "a draft translation stays unpublished");
  }

  @Test
  void copiesBundleImagesBesideEachLanguageVersion(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- content/talks/first/photo.txt --
        not really an image
        """);
    assertEquals(0, site.run("build"), site.err());
    assertTrue(Files.exists(site.site().resolve("en/talks/first/photo.txt")));
    assertTrue(Files.exists(site.site().resolve("zh-hans/talks/first/photo.txt")));
    assertFalse(Files.exists(site.site().resolve("en/talks/first/index.en.md")));
  }

  @Test
  void offersEveryReadingModeWithSharedAnchors(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Document en = Jsoup.parse(site.read("en/talks/first/index.html"), "https://example.org/en/talks/first/");
    assertEquals(java.util.List.of("https://example.org/zh-hans/talks/first/", "https://example.org/en/talks/first/parallel/",
        "https://example.org/en/talks/first/interleaved/"), en.select(".modes a.mode").eachAttr("abs:href"));
    assertEquals("en", en.selectFirst(".modes [aria-current]").attr("data-mode"));
    for (String mode : new String[] {"parallel", "interleaved"}) {
      Document page = Jsoup.parse(site.read("en/talks/first/" + mode + "/index.html"));
      assertEquals(java.util.List.of("p1", "p2", "p3", "p4"), page.select(".row").eachAttr("id"));
      Element row = page.getElementById("p4");
      assertEquals(java.util.List.of("zh-Hans", "en"), row.select(".cell").eachAttr("lang"));
      assertEquals("因为如此。", row.selectFirst(".cell[lang=zh-Hans] .unit, .cell[lang=zh-Hans] p:not(.speaker)").text());
      assertEquals(mode, page.selectFirst(".modes [aria-current]").attr("data-mode"));
      assertEquals(page.select("[id]").size(), page.select("[id]").eachAttr("id").stream().distinct().count(), "ids are unique");
    }
  }

  @Test
  void showsReadingTimeCountedPerLanguage(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("zh-hans/talks/first/index.html").contains("1分钟"));
    assertTrue(site.read("en/talks/first/index.html").contains("1 min"));
  }
}
