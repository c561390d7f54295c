package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * What the pages tell readers, feeds, link previews and search engines: summaries in every
 * language, a language switcher that leads to the same page, Open Graph, canonical and JSON-LD with
 * the translation links between versions, a web app manifest per language, glossary headwords in
 * both languages, and labels in each language's own punctuation.
 */
class ReaderPagesTest {
  static final String SUMMARIES = SampleSite.ARTICLE
      .replace("title: 第一篇\n", "title: 第一篇\nsummary: 中文摘要：两篇访谈之一。\n")
      .replace("title: The first\n", "title: The first\nsummary: An English summary.\n")
      .replace("[^a]: An editor's note.", "[^a]: An editor's note on 汤道生 and “腾讯云”.")
      .replace("开场白。[^a]", "开场白：汤道生谈RAG。[^a]")
      .replace("Opening.[^a]", "Opening: Dowson Tong on RAG.[^a]")
      + GlossarySiteTest.GLOSSARY;

  static SiteFixture built(Path dir, String files) throws Exception {
    SiteFixture site = SiteFixture.of(dir, files);
    assertEquals(0, site.run("build"), site.err());
    return site;
  }

  /** A page of the site, parsed as if served at the root of {@code https://site.invalid/}. */
  static Document page(SiteFixture site, String path) throws Exception {
    return Jsoup.parse(site.read(path), "https://site.invalid/" + path);
  }

  /** Where a link of the page leads, as a path from the site's root: links between pages are relative. */
  static String target(Document page, String css) {
    return java.net.URI.create(page.location()).resolve(page.selectFirst(css).attr("href")).getPath();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonLd(Document page) {
    Element script = page.selectFirst("script[type=application/ld+json]");
    assertNotNull(script, "the page has JSON-LD");
    return new Json().toType(script.data(), Map.class);
  }

  @Test
  void summariesShowOnEachLanguagesHomeAndInItsFeed(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    assertEquals("中文摘要：两篇访谈之一。", page(site, "zh-hans/index.html").selectFirst(".article-list .summary").text());
    assertEquals("An English summary.", page(site, "en/index.html").selectFirst(".article-list .summary").text());
    assertTrue(site.read("zh-hans/feed.xml").contains("<summary>中文摘要：两篇访谈之一。</summary>"));
    assertEquals("中文摘要：两篇访谈之一。", page(site, "zh-hans/talks/first/index.html").selectFirst("meta[name=description]").attr("content"));
  }

  @Test
  void withoutSummariesTheHomeListsTitlesOnly(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SampleSite.ARTICLE);
    assertEquals(0, page(site, "zh-hans/index.html").select(".article-list .summary").size());
    assertEquals(List.of("第一篇"), page(site, "zh-hans/index.html").select(".article-link").eachText());
  }

  @Test
  void theLanguageSwitcherLeadsToTheSamePageInTheOtherLanguage(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- content/talks/second/index.zh-Hans.md --
        ---
        title: 只有中文
        ---

        正文。
        {#p1}
        """);
    assertEquals(0, site.run("build"), site.err());
    for (String mode : List.of("", "parallel/", "interleaved/")) {
      Document en = page(site, "en/talks/first/" + mode + "index.html");
      assertEquals("/zh-hans/talks/first/" + mode, target(en, ".languages a[hreflang=zh-Hans]"), mode);
      assertEquals("English", en.selectFirst(".languages [aria-current]").text());
    }
    assertEquals("/en/glossary/", target(page(site, "zh-hans/glossary/index.html"), ".languages a[hreflang=en]"));
    assertEquals("/en/", target(page(site, "zh-hans/talks/second/index.html"), ".languages a[hreflang=en]"),
        "an article without an English version leads to the English home");
    assertEquals(0, page(site, "index.html").select(".languages [aria-current]").size(), "the front door chooses no language");
  }

  @Test
  void articlesCarryOpenGraphCanonicalAndJsonLdLinkingTheirTranslations(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Document en = page(site, "en/talks/first/index.html");
    assertEquals("https://example.org/en/talks/first/", en.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("article", en.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("en_US", en.selectFirst("meta[property=og:locale]").attr("content"));
    assertEquals("zh_CN", en.selectFirst("meta[property=og:locale:alternate]").attr("content"));
    assertEquals("https://example.org/en/talks/first/", en.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals("2024-07-04", en.selectFirst("meta[property=article:published_time]").attr("content"));
    assertTrue(en.selectFirst("meta[property=og:image]").attr("content").startsWith("https://example.org/assets/"));

    Map<String, Object> translation = jsonLd(en);
    assertEquals("https://schema.org", translation.get("@context"));
    assertEquals("Article", translation.get("@type"));
    assertEquals("en", translation.get("inLanguage"));
    assertEquals("The first", translation.get("headline"));
    assertEquals("An English summary.", translation.get("description"));
    @SuppressWarnings("unchecked")
    Map<String, Object> original = (Map<String, Object>) translation.get("translationOfWork");
    assertEquals("zh-Hans", original.get("inLanguage"));
    assertEquals("https://example.org/zh-hans/talks/first/#article", original.get("@id"));

    Map<String, Object> zh = jsonLd(page(site, "zh-hans/talks/first/index.html"));
    assertEquals("zh-Hans", zh.get("inLanguage"));
    assertEquals(null, zh.get("translationOfWork"), "the original translates nothing");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> translations = (List<Map<String, Object>>) zh.get("workTranslation");
    assertEquals(List.of("https://example.org/en/talks/first/#article"), translations.stream().map(t -> t.get("@id")).toList());
  }

  @Test
  void everyOtherPageHasItsOwnStructuredData(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    assertEquals("WebSite", jsonLd(page(site, "index.html")).get("@type"));
    assertEquals("CollectionPage", jsonLd(page(site, "en/index.html")).get("@type"));
    assertEquals("WebPage", jsonLd(page(site, "en/talks/first/parallel/index.html")).get("@type"));
    Map<String, Object> glossary = jsonLd(page(site, "zh-hans/glossary/index.html"));
    assertEquals("DefinedTermSet", glossary.get("@type"));
    assertEquals(2, ((List<?>) glossary.get("hasDefinedTerm")).size());
    assertEquals("website", page(site, "en/index.html").selectFirst("meta[property=og:type]").attr("content"));
  }

  @Test
  void eachLanguageHasAWebAppManifestAndEveryPageAnIcon(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://example.org/edition/"), site.err());
    @SuppressWarnings("unchecked")
    Map<String, Object> manifest = new Json().toType(site.read("zh-hans/manifest.webmanifest"), Map.class);
    assertEquals("测试读本", manifest.get("name"));
    assertEquals("zh-Hans", manifest.get("lang"));
    assertEquals("/edition/zh-hans/", manifest.get("start_url"));
    assertEquals("/edition/", manifest.get("scope"));
    Document zh = page(site, "zh-hans/talks/first/index.html");
    assertEquals("/zh-hans/manifest.webmanifest", target(zh, "link[rel=manifest]"));
    for (Element icon : zh.select("link[rel=icon], link[rel=apple-touch-icon]")) {
      String file = java.net.URI.create(zh.location()).resolve(icon.attr("href")).getPath().substring(1);
      assertTrue(java.nio.file.Files.isRegularFile(site.site().resolve(file)), file + " is published");
    }
  }

  @Test
  void theEnglishGlossaryShowsEachChineseHeadwordWithItsPinyin(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Element tong = page(site, "en/glossary/index.html").selectFirst("#tong");
    Element chinese = tong.selectFirst(".counterpart[lang=zh-Hans]");
    assertNotNull(chinese, "the Chinese headword, marked as Chinese");
    assertEquals("汤道生", chinese.select("ruby").first().ownText());
    assertEquals(List.of("tāng", "dào", "shēng"), chinese.select("rt").eachText());
    Element english = page(site, "zh-hans/glossary/index.html").selectFirst("#tong .counterpart[lang=en]");
    assertEquals("Dowson Tong", english.text(), "and the Chinese glossary the English one");
  }

  @Test
  void chineseLabelsUseChinesePunctuation(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Document zh = page(site, "zh-hans/glossary/index.html");
    assertEquals("又作：RAG", zh.selectFirst("#rag .aliases").text());
    assertTrue(zh.selectFirst("#rag .backlinks").ownText().startsWith("见于："), zh.selectFirst("#rag .backlinks").ownText());
    assertEquals("Also: RAG", page(site, "en/glossary/index.html").selectFirst("#rag .aliases").text());
  }

  @Test
  void chineseInAnEnglishNoteIsMarkedAsChinese(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Document en = page(site, "en/talks/first/index.html");
    assertEquals(List.of("汤道生", "腾讯云"), en.select(".notes li span[lang=zh-Hans]").eachText());
    assertEquals(List.of("汤道生", "腾讯云"), en.select(".sidenote span[lang=zh-Hans]").eachText());
    assertEquals(0, page(site, "zh-hans/talks/first/index.html").select(".article-body span[lang]").size());
  }

  @Test
  void marginNotesAreForTheEyeAndTheNotesAtTheEndForEveryone(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Document en = page(site, "en/talks/first/index.html");
    Element ref = en.selectFirst(".article-body a.note-ref");
    assertEquals("#fn-en-1", ref.attr("href"));
    assertEquals("doc-noteref", ref.attr("role"));
    Element side = ref.nextElementSibling();
    assertEquals("true", side.attr("aria-hidden"), "screen readers do not hear the margin copy mid-sentence");
    assertEquals(0, en.select(".sidenote a:not([tabindex=-1])").size(), "nor reach its links by Tab");
    assertEquals(0, en.select("input, label").size(), "no form controls in the text");
    assertEquals("\u2060", ref.previousSibling().outerHtml().substring(ref.previousSibling().outerHtml().length() - 1),
        "a word joiner keeps the number on its word's line");
    assertNotNull(en.selectFirst("#fn-en-1 a.backref[role=doc-backlink]"));
  }

  @Test
  void aSideBySidePageHeadsEachColumnsNotesInItsLanguage(@TempDir Path dir) throws Exception {
    SiteFixture site = built(dir, SUMMARIES);
    Document page = page(site, "en/talks/first/parallel/index.html");
    assertEquals(List.of("注释", "Notes"), page.select(".notes-pair .notes h2").eachText());
    assertEquals(List.of("zh-Hans", "en"), page.select(".notes-pair .notes").eachAttr("lang"));
    assertEquals(1, page.select("h1").size(), "one heading names the page, in both languages");
  }
}
