package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind: the error names file and line, the exit code is 1, and the site built
 * before stays exactly as it was.
 */
class BuildErrorsTest {
  @TempDir Path dir;
  SiteFixture site;
  Map<String, byte[]> before;

  @BeforeEach
  void buildAGoodSiteFirst() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    before = SiteFixture.snapshot(site.site());
  }

  private void assertFailsWith(String expected) throws Exception {
    assertEquals(1, site.run("build"), site.out() + site.err());
    assertTrue(site.err().contains(expected), "expected «" + expected + "» in:\n" + site.err());
    assertFalse(site.err().contains("Exception"), site.err());
    Map<String, byte[]> after = SiteFixture.snapshot(site.site());
    assertEquals(before.keySet(), after.keySet(), "site/ must be left untouched");
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    try (var leftovers = Files.list(dir)) {
      assertEquals(0, leftovers.filter(p -> p.getFileName().toString().matches("\\.site\\.(tmp|old)-.*")).count(),
          "no staging folder left behind");
    }
  }

  @Test
  void reportsBrokenYamlWithItsLine() throws Exception {
    site.write("""
        -- content/talks/first/index.en.md --
        ---
        title: The first
        tags: [one, two
        translatedFrom: zh-Hans
        ---
        Text.
        {#p1}
        """);
    assertFailsWith("content/talks/first/index.en.md:4:");
    assertTrue(site.err().contains("invalid YAML"), site.err());
  }

  @Test
  void reportsUnknownFrontMatterKeyWithItsLine() throws Exception {
    site.write("""
        -- content/talks/first/index.en.md --
        ---
        title: The first
        translatedFrom: zh-Hans
        auther: Somebody
        ---
        """);
    assertFailsWith("content/talks/first/index.en.md:4:1: error: unknown front-matter key 'auther'");
  }

  @Test
  void reportsInvalidUtf8WithLineAndColumn() throws Exception {
    Path file = site.root.resolve("content/talks/first/index.en.md");
    byte[] good = "---\ntitle: x\ntranslatedFrom: zh-Hans\n---\nab".getBytes("UTF-8");
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC4;
    bad[good.length + 1] = (byte) 0xE3;
    bad[good.length + 2] = '\n';
    Files.write(file, bad);
    assertFailsWith("content/talks/first/index.en.md:5:3: error: file is not valid UTF-8: byte 0xC4");
  }

  @Test
  void reportsTemplateSyntaxErrorWithTemplateLine() throws Exception {
    site.write("""
        -- templates/index.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.page page=page>
        <#if page.articles?has_content>
        </@layout.page>
        """);
    assertFailsWith("templates/index.ftlh:");
    assertTrue(site.err().contains("template syntax error"), site.err());
  }

  @Test
  void reportsTemplateRuntimeErrorWithTemplateLine() throws Exception {
    site.write("""
        -- templates/glossary.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.page page=page>
        <p>${page.noSuchThing}</p>
        </@layout.page>
        """);
    assertFailsWith("templates/glossary.ftlh:3:");
  }

  @Test
  void reportsFootnoteWithoutDefinitionWithLineAndColumn() throws Exception {
    site.write("""
        -- content/talks/first/index.zh-Hans.md --
        ---
        title: 第一篇
        ---

        开场白。[^a]
        {#p1}

        一段话[^missing]。
        {#p2}

        [^a]: 编者注。
        """);
    assertFailsWith("content/talks/first/index.zh-Hans.md:8:4: error: footnote [^missing] has no definition");
  }

  @Test
  void reportsTheFirstMisalignedParagraphOfATranslation() throws Exception {
    site.write("""
        -- content/talks/first/index.en.md --
        ---
        title: The first
        translatedFrom: zh-Hans
        speakers:
          q: {name: Reporter, role: interviewer}
          t: {name: Dowson Tong, role: interviewee}
        ---

        Opening.[^a]
        {#p1}

        Why?
        {#p3 turn=q}

        [^a]: An editor's note.
        """);
    assertFailsWith("content/talks/first/index.en.md:12:");
    assertTrue(site.err().contains("is where the original has {#p2}"), site.err());
  }

  @Test
  void reportsATurnOfAnUnknownSpeaker() throws Exception {
    site.write("""
        -- content/talks/first/index.zh-Hans.md --
        ---
        title: 第一篇
        ---

        为什么？
        {#p1 turn=nobody}
        """);
    assertFailsWith("content/talks/first/index.zh-Hans.md:5:");
  }

  @Test
  void warnsOfAMissingTranslationAndFailsOnlyWhenStrictOrConfigured() throws Exception {
    Files.delete(site.root.resolve("content/talks/first/index.en.md"));
    assertEquals(0, site.run("check"), site.err());
    assertTrue(site.err().contains("content/talks/first/index.zh-Hans.md:1:1: warning: 'talks/first' has no en version"), site.err());
    assertEquals(1, site.run("check", "--strict"), site.err());
    site.write(SampleSite.CONFIG.replace("languages:", "missingTranslation: error\nlanguages:"));
    assertFailsWith("error: 'talks/first' has no en version");
  }

  @Test
  void checkWritesNothing() throws Exception {
    SiteFixture fresh = SiteFixture.of(dir.resolve("fresh"), SampleSite.ARTICLE);
    assertEquals(0, fresh.run("check"), fresh.err());
    assertFalse(Files.exists(fresh.site()));
  }

  @Test
  void refusesABadBaseUrlAsAUsageError() throws Exception {
    assertEquals(2, site.run("build", "--base-url", "not a url"));
    assertTrue(site.err().contains("--base-url"), site.err());
  }

  @Test
  void warnsOfTypedSpacesBetweenChineseAndLatin() throws Exception {
    site.write("""
        -- content/talks/first/index.zh-Hans.md --
        ---
        title: 第一篇
        ---

        腾讯用 RAG 技术。
        {#p1}
        """);
    site.run("check");
    assertTrue(site.err().contains("content/talks/first/index.zh-Hans.md:5: warning: a space between Chinese and Latin text"), site.err());
  }

  @Test
  void refusesAnOutputFolderThatHoldsTheSources() throws Exception {
    assertEquals(3, site.run("build", "--out=" + site.root));
    assertTrue(site.err().contains("which building would replace"), site.err());
    assertTrue(Files.exists(site.root.resolve("content/config.yaml")), "the sources are still there");
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAGlossaSite() throws Exception {
    Path other = site.root.resolve("docs");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "keep me");
    assertEquals(3, site.run("build", "--out=" + other));
    assertTrue(site.err().contains("is not a site Glossa built"), site.err());
    assertEquals("keep me", Files.readString(other.resolve("notes.txt")));
  }

  @Test
  void reportsAnEmptyLanguageList() throws Exception {
    site.write("""
        -- content/config.yaml --
        baseUrl: https://example.org/
        languages:
        """);
    assertFailsWith("content/config.yaml:2:");
    assertTrue(site.err().contains("no languages configured"), site.err());
  }

  @Test
  void refusesArticleAddressesTakenByGlossasOwnPages() throws Exception {
    site.write("""
        -- content/glossary.en.md --
        ---
        title: Not the glossary
        ---
        Text.
        """);
    assertFailsWith("content/glossary.en.md: error: the address glossary/ is taken by Glossa's own pages");
  }

  @Test
  void refusesFileNamesThatCannotBeWebAddresses() throws Exception {
    site.write("""
        -- content/My Notes.en.md --
        ---
        title: Notes
        ---
        Text.
        """);
    assertFailsWith("error: 'My Notes' cannot be part of a web address");
  }

  @Test
  void reportsAFormThatClashesWithALowerCaseFormOfAnotherEntry() throws Exception {
    site.write(GlossarySiteTest.GLOSSARY.replace("aliases: [RAG]\n    short: Generating", "aliases: [RAG, dowson tong]\n    short: Generating"));
    assertFailsWith("'Dowson Tong' of 'tong' is also matched by the lower-case form 'dowson tong' of 'rag' in en");
  }

  @Test
  void stampRefusesAFileThatIsNotATranslation() throws Exception {
    assertEquals(2, site.run("stamp", site.root.resolve("content/talks/first/index.zh-Hans.md").toString()));
    assertTrue(site.err().contains("not a translation of this edition"), site.err());
  }
}
