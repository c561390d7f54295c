package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary end to end: annotation in both languages, the glossary pages, and its errors. */
class GlossarySiteTest {
  public static final String GLOSSARY = """
      -- content/glossary.yaml --
      rag:
        category: concept
        expansion: Retrieval-Augmented Generation
        zh-Hans:
          headword: 检索增强生成
          aliases: [RAG]
          short: 先检索资料、再据以生成回答的技术。
          long: 较长的定义。
        en:
          headword: retrieval-augmented generation
          aliases: [RAG]
          short: Generating answers from retrieved documents.
          long: A longer definition.
      tong:
        category: person
        zh-Hans:
          headword: 汤道生
          short: 腾讯高级执行副总裁。
          long: 较长的定义。
        en:
          headword: Dowson Tong
          short: A senior executive vice president of Tencent.
          long: A longer definition.
      """;

  static final String ARTICLE = SampleSite.CONFIG + GLOSSARY + """
      -- content/a/index.zh-Hans.md --
      ---
      title: 文章
      ---

      汤道生谈RAG，又谈RAG。
      {#p1}

      ## RAG的标题 {#p2}

      还是RAG，`RAG`。
      {#p3}
      -- content/a/index.en.md --
      ---
      title: Article
      translatedFrom: zh-Hans
      ---

      Dowson Tong on RAG, and RAG again; not a fragment.
      {#p1}

      ## A RAG heading {#p2}

      Still RAG.
      {#p3}
      """;

  @Test
  void annotatesTheFirstOccurrenceInEveryLanguage(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    for (String lang : List.of("zh-hans", "en")) {
      Document doc = Jsoup.parse(site.read(lang + "/a/index.html"), "https://example.org/" + lang + "/a/index.html");
      assertEquals(List.of("tong", "rag"), doc.select("a.term").eachAttr("data-term"), lang);
      assertEquals("https://example.org/" + lang + "/glossary/#rag", doc.selectFirst("a.term[data-term=rag]").absUrl("href"));
      String described = doc.selectFirst("a.term[data-term=rag]").attr("aria-describedby");
      assertNotNull(doc.getElementById(described), "the description exists on the page");
      assertEquals(0, doc.select("h2 a.term").size(), "never inside headings");
    }
  }

  @Test
  void listsEntriesInPinyinOrderWithRubyAndBackLinks(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    Document zh = Jsoup.parse(site.read("zh-hans/glossary/index.html"), "https://example.org/zh-hans/glossary/");
    assertEquals(List.of("J", "T"), zh.select("h2.letter").eachText());
    assertEquals("tāng", zh.selectFirst("#tong rt").text());
    assertEquals(List.of("https://example.org/zh-hans/a/#p1", "https://example.org/zh-hans/a/#p3"),
        zh.select("#rag .backlinks li a[href*=#]").eachAttr("abs:href"));
    Document en = Jsoup.parse(site.read("en/glossary/index.html"));
    assertEquals(List.of("D", "R"), en.select("h2.letter").eachText());
  }

  @Test
  void reportsAnEntryWithoutADefinitionInOneLanguage(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- content/glossary.yaml --
        maas:
          zh-Hans:
            headword: 模型即服务
            short: 定义。
            long: 定义。
        """);
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/glossary.yaml:1:1: error: glossary entry 'maas' has no en definition"), site.err());
  }

  @Test
  void reportsAFormClaimedByTwoEntries(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, ARTICLE.replace("headword: Dowson Tong", "headword: Dowson Tong\n    aliases: [RAG]"));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("'RAG' is a en form of both 'rag' and 'tong'"), site.err());
  }

  @Test
  void reportsAnExplicitReferenceToAnUnknownTerm(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, ARTICLE.replace("Still RAG.", "Still [[MaaS2]]."));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/a/index.en.md:11:7: error: unknown glossary term 'MaaS2'"), site.err());
  }
}
