package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain Markdown, as Hugo, Jekyll or any editor writes it (no ids, {@code lang:} keys, no
 * translatedFrom), builds the same aligned pages as the same files with ids; {@code glossa ids}
 * then writes exactly those ids and nothing else.
 */
class PlainMarkdownTest {
  static final String GLOSSARY = """
      -- content/glossary.yaml --
      rag:
        category: concept
        zh-Hans: {headword: 检索增强生成, aliases: [RAG], short: 先检索再生成。, long: 先检索相关文档，再生成回答。}
        en: {headword: retrieval-augmented generation, aliases: [RAG], short: "Retrieve, then generate.", long: "Retrieve documents, then answer."}
      """;

  static final String ZH_PLAIN = """
      -- content/talks/first/index.zh-Hans.md --
      ---
      title: 第一篇
      date: 2024-07-04
      lang: zh-Hans
      ---

      开场白，谈RAG。[^a] 见[第二段](#p2)。

      ## 大模型的竞争

      - 第一点
      - 第二点

      > 引用一段。

      结尾。

      [^a]: 编者注。
      """;

  static final String ZH_IDS = """
      -- content/talks/first/index.zh-Hans.md --
      ---
      title: 第一篇
      date: 2024-07-04
      lang: zh-Hans
      ---

      开场白，谈RAG。[^a] 见[第二段](#p2)。
      {#p1}

      ## 大模型的竞争 {#p2}

      - 第一点
      - 第二点

      {#p3}

      > 引用一段。

      {#p4}

      结尾。
      {#p5}

      [^a]: 编者注。
      """;

  static final String EN_PLAIN = """
      -- content/talks/first/index.en.md --
      ---
      title: The first
      date: 2024-07-04
      lang: en
      ---

      Opening, on RAG.[^a] See [the second passage](#p2).

      ## The race of large models

      - First point
      - Second point

      > A quotation.

      The end.

      [^a]: An editor's note.
      """;

  static final String EN_IDS = """
      -- content/talks/first/index.en.md --
      ---
      title: The first
      date: 2024-07-04
      lang: en
      ---

      Opening, on RAG.[^a] See [the second passage](#p2).
      {#p1}

      ## The race of large models {#p2}

      - First point
      - Second point

      {#p3}

      > A quotation.

      {#p4}

      The end.
      {#p5}

      [^a]: An editor's note.
      """;

  private static Map<String, byte[]> built(Path dir, String files) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + GLOSSARY + files);
    assertEquals(0, site.run("build"), site.err());
    assertEquals("", site.err(), "plain Markdown builds without a warning");
    return SiteFixture.snapshot(site.site());
  }

  private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  @Test
  void plainMarkdownBuildsTheSamePagesAsTheSameFilesWithIds(@TempDir Path dir) throws Exception {
    Map<String, byte[]> withIds = built(dir.resolve("ids"), ZH_IDS + EN_IDS);
    assertSameSite(withIds, built(dir.resolve("plain"), ZH_PLAIN + EN_PLAIN));
    assertSameSite(withIds, built(dir.resolve("original-with-ids"), ZH_IDS + EN_PLAIN));
    assertSameSite(withIds, built(dir.resolve("translation-with-ids"), ZH_PLAIN + EN_IDS));

    Document parallel = Jsoup.parse(new String(withIds.get("en/talks/first/parallel/index.html"), StandardCharsets.UTF_8));
    assertEquals(2, parallel.getElementById("p3").select("ul").size(), "the row of the list holds the list of both languages");
    Document en = Jsoup.parse(new String(withIds.get("en/talks/first/index.html"), StandardCharsets.UTF_8));
    assertEquals("The race of large models", en.getElementById("p2").text(), "#p2 is a permalink without ids in the file");
    Document glossary = Jsoup.parse(new String(withIds.get("en/glossary/index.html"), StandardCharsets.UTF_8));
    assertTrue(glossary.select("a[href$=#p1]").size() > 0, "the glossary links back to the passage by its position id");
  }

  /** An HTML comment is an editor's note, never published: it is no aligned unit and moves no position id. */
  @Test
  void anEditorsCommentTakesNoPosition(@TempDir Path dir) throws Exception {
    String commented = ZH_PLAIN.replace("结尾。", "<!-- 编者：结尾待核对 -->\n\n结尾。");
    assertSameSite(built(dir.resolve("plain"), ZH_PLAIN + EN_PLAIN), built(dir.resolve("commented"), commented + EN_PLAIN));
  }

  @Test
  void idsWritesExactlyTheIdsTheBlocksHadAndTheSiteStaysTheSame(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + GLOSSARY + ZH_PLAIN + EN_PLAIN);
    assertEquals(0, site.run("build"), site.err());
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());

    assertEquals(0, site.run("ids"), site.err());
    assertTrue(site.out().contains("10 ids written into 2 file(s)"), site.out());
    SiteFixture expected = SiteFixture.of(dir.resolve("expected"), ZH_IDS + EN_IDS);
    for (String file : new String[] {"content/talks/first/index.zh-Hans.md", "content/talks/first/index.en.md"}) {
      assertEquals(Files.readString(expected.root.resolve(file)), Files.readString(site.root.resolve(file)), file);
    }
    assertEquals(0, site.run("build"), site.err());
    assertSameSite(before, SiteFixture.snapshot(site.site()));

    assertEquals(0, site.run("ids"), site.err());
    assertTrue(site.out().contains("every block already has an id"), site.out());
  }

  @Test
  void idsKeepsWindowsLineEndsAndEveryOtherByte(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + ZH_PLAIN + EN_PLAIN);
    Path zh = site.root.resolve("content/talks/first/index.zh-Hans.md");
    Files.writeString(zh, Files.readString(zh).replace("\n", "\r\n"));
    assertEquals(0, site.run("ids", zh.toString()), site.err());
    SiteFixture.of(dir.resolve("expected"), ZH_IDS + EN_IDS);
    String expected = Files.readString(dir.resolve("expected/content/talks/first/index.zh-Hans.md")).replace("\n", "\r\n");
    assertEquals(expected, Files.readString(zh));
    assertTrue(Files.readString(site.root.resolve("content/talks/first/index.en.md")).contains("{#p5}"),
        "the translation of the named file gets its ids too");
  }

  @Test
  void reportsWhereATranslationDriftsApartWithBothFilesLines(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + ZH_PLAIN + EN_PLAIN.replace("- First point\n- Second point\n\n", ""));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/talks/first/index.en.md:11: error: this quotation is where the original has a list"
        + " (index.zh-Hans.md:11): the translation drifts apart from its original here"), site.err());
    assertTrue(site.err().contains("the translation has 4 blocks and the original 5"), site.err());
  }

  @Test
  void findsTheDriftByTheNotesWhenEveryBlockIsAParagraph(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + """
        -- content/a.zh-Hans.md --
        ---
        title: 甲
        ---

        一。

        二。

        三。[^n]

        四。

        [^n]: 注。
        -- content/a.en.md --
        ---
        title: A
        ---

        One.

        Three.[^n]

        Four.

        [^n]: A note.
        """);
    assertEquals(1, site.run("check"));
    assertTrue(site.err().contains("content/a.en.md:7: error: this paragraph refers to [^n] where the original's refers to no note"
        + " (a.zh-Hans.md:7)"), site.err());
  }

  @Test
  void anIdThatDisagreesWithTheOriginalsIsADrift(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + ZH_PLAIN + EN_IDS.replace("{#p2}", "{#race}"));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/talks/first/index.en.md:10: error: unit {#race} is where the original has {#p2}"), site.err());
    assertEquals(1, site.run("ids"), "no ids are written while the sources have errors");
  }

  @Test
  void langMustAgreeWithTheFileName(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + ZH_PLAIN + EN_PLAIN.replace("lang: en", "lang: zh-Hans"));
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/talks/first/index.en.md:4:7: error: lang 'zh-Hans' disagrees with the file name,"
        + " which makes this the en version"), site.err());
  }

  @Test
  void idsRefusesAFileThatIsNoArticle(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.CONFIG + ZH_PLAIN + EN_PLAIN);
    assertEquals(2, site.run("ids", site.root.resolve("content/config.yaml").toString()));
    assertTrue(site.err().contains("config.yaml: error: not an article file of this edition"), site.err());
  }
}
