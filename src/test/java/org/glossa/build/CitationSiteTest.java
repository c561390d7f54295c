package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations end to end: references.yaml, [@key] in notes and definitions, works cited, and every error with its place. */
class CitationSiteTest {
  static final String REFERENCES = """
      -- content/references.yaml --
      gt-2018:
        outlet: {en: Global Times, zh-Hans: 环球时报}
        title: "Tencent announces restructuring, new business groups"
        date: 2018-10-01
        url: http://www.globaltimes.cn/content/1121599.shtml
        language: en
      pengpai-2018:
        author: 杨鑫倢
        outlet: {en: The Paper, zh-Hans: 澎湃新闻}
        title: 腾讯架构大调整玄机
        date: 2018-09-30
        language: zh-Hans
        note: {en: Published in the morning of the announcement., zh-Hans: 发布于宣布当天上午。}
      """;

  static final String SITE = SampleSite.CONFIG + REFERENCES + """
      -- content/glossary.yaml --
      csig:
        category: organisation
        zh-Hans:
          headword: 云与智慧产业事业群
          aliases: [CSIG]
          short: 腾讯的事业群。
          long: |
            2018年成立[@pengpai-2018]。
        en:
          headword: Cloud and Smart Industries Group
          aliases: [CSIG]
          short: A Tencent business group.
          long: |
            Created in 2018 [@pengpai-2018].
        sources: [gt-2018, "pengpai-2018, para. 2"]
      -- content/a/index.zh-Hans.md --
      ---
      title: 文章
      ---

      CSIG成立了。[^n]
      {#p1}

      [^n]: 见[@gt-2018，第1段]。
      -- content/a/index.en.md --
      ---
      title: Article
      translatedFrom: zh-Hans
      ---

      CSIG was created.[^n]
      {#p1}

      [^n]: See [@gt-2018, para. 1].
      """;

  @Test
  void rendersCitationsInNotesWorksCitedAndTheGlossary(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE);
    assertEquals(0, site.run("build"), site.err());
    Document en = Jsoup.parse(site.read("en/a/index.html"));
    Element citation = en.selectFirst(".sidenote .citation");
    assertEquals("(“Tencent announces restructuring, new business groups”, Global Times, October 1, 2018, para. 1)", citation.text());
    assertEquals("http://www.globaltimes.cn/content/1121599.shtml", citation.selectFirst("a").attr("href"));
    assertEquals(1, en.select(".works-cited li").size());
    Document zh = Jsoup.parse(site.read("zh-hans/a/index.html"));
    assertEquals("（“Tencent announces restructuring, new business groups”，环球时报，2018年10月1日，原文为英语，第1段）",
        zh.selectFirst(".sidenote .citation").text());
    Document glossary = Jsoup.parse(site.read("en/glossary/index.html"));
    Element entry = glossary.getElementById("csig");
    assertTrue(entry.selectFirst(".long").text().contains("(杨鑫倢, “腾讯架构大调整玄机”, The Paper, September 30, 2018, in Chinese)"),
        entry.selectFirst(".long").text());
    assertEquals(List.of("“Tencent announces restructuring, new business groups”, Global Times, October 1, 2018.",
        "杨鑫倢, “腾讯架构大调整玄机”, The Paper, September 30, 2018, in Chinese, para. 2. Published in the morning of the announcement."),
        entry.select(".sources li").eachText());
    assertTrue(site.err().isEmpty(), site.err());
  }

  @Test
  void reportsAnUnknownKeyInANoteWithItsPlace(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE.replace("See [@gt-2018, para. 1].", "See [@gt-2019, para. 1]."));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/a/index.en.md:9:12: error: unknown reference '@gt-2019'"), site.err());
    assertFalse(site.err().contains("index.zh-Hans.md"), site.err());
  }

  @Test
  void reportsUnknownKeysInTheGlossaryWithTheirLines(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE.replace("Created in 2018 [@pengpai-2018].", "Created in 2018 [@pengpai-2019].")
        .replace("sources: [gt-2018,", "sources: [gt-2017,"));
    assertEquals(1, site.run("check"));
    assertTrue(site.err().contains("content/glossary.yaml:14:24: error: unknown reference '@pengpai-2019'"), site.err());
    assertTrue(site.err().contains("content/glossary.yaml:15:13: error: unknown reference 'gt-2017' in the sources of 'csig'"), site.err());
  }

  @Test
  void warnsAboutAReferenceNothingCites(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE.replace("sources: [gt-2018, \"pengpai-2018, para. 2\"]", "")
        .replace("[@gt-2018，第1段]", "原文").replace("[@gt-2018, para. 1]", "the source"));
    assertEquals(0, site.run("check"));
    assertTrue(site.err().contains("content/references.yaml:1:1: warning: reference 'gt-2018' is never cited [unused-reference]"), site.err());
    assertEquals(1, site.run("check", "--strict"));
  }

  @Test
  void reportsMalformedEntriesWithTheirLines(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE.replace("date: 2018-10-01", "date: 1 October 2018")
        .replace("url: http://www.globaltimes.cn/content/1121599.shtml", "url: www.globaltimes.cn\n  publisher: Global Times")
        .replace("  note: {en: Published in the morning of the announcement., zh-Hans: 发布于宣布当天上午。}",
            "  note: {en: Published in the morning of the announcement.}")
        .replace("  language: zh-Hans\n", "")
        + "-- content/extra.txt --\n");
    assertEquals(1, site.run("check"));
    String err = site.err();
    assertTrue(err.contains("content/references.yaml:4:9: error: '1 October 2018' is not a date"), err);
    assertTrue(err.contains("content/references.yaml:5:8: error: 'www.globaltimes.cn' is not an absolute http(s) URL"), err);
    assertTrue(err.contains("content/references.yaml:6:3: error: unknown reference field 'publisher'"), err);
    assertTrue(err.contains("error: reference 'pengpai-2018' has no language"), err);
    assertTrue(err.contains("error: 'note' has no zh-Hans text"), err);
  }

  @Test
  void tellsAnEditorThatLinksBecameSources(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SITE.replace("sources: [gt-2018, \"pengpai-2018, para. 2\"]",
        "links:\n    - {title: x, url: \"https://example.org/\"}"));
    assertEquals(1, site.run("check"));
    assertTrue(site.err().contains("'links:' is now 'sources:', a list of keys of references.yaml"), site.err());
  }
}
