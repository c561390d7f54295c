package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Comparator;
import java.util.stream.Stream;
import org.glossa.output.AtomFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, fact 14: what was accepted silently is now reported, or has a documented, tested behaviour. */
class SilentAcceptanceTest {
  @TempDir Path dir;
  SiteFixture site;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
  }

  private String checkFails() {
    assertEquals(1, site.run("check"), site.out() + site.err());
    return site.err();
  }

  private void english(String body) throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\n---\n\n" + body);
  }

  @Test
  void reportsAnEmptyGlossaryReference() throws Exception {
    english("Opening [[|]].\n{#p1}\n");
    assertTrue(checkFails().contains("index.en.md:6:9: error: the glossary reference [[|]] shows no text"), site.err());
  }

  @Test
  void reportsAnUnclosedGlossaryReference() throws Exception {
    english("Opening [[RAG and more.\n{#p1}\n");
    assertTrue(checkFails().contains("index.en.md:6:9: error: '[[' starts no glossary reference"), site.err());
  }

  @Test
  void refusesANulByteAsImportDoes() throws Exception {
    english("Open\0ing.\n{#p1}\n");
    String err = checkFails();
    assertTrue(err.contains("index.en.md:6:5: error: the file contains a NUL byte"), err);
  }

  @Test
  void refusesControlCharactersInTitlesSoTheFeedStaysWellFormed() throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: \"The \\x01first\"\ntranslatedFrom: zh-Hans\n---\n\nOpening.\n{#p1}\n");
    assertTrue(checkFails().contains("index.en.md:2:8: error: 'title' contains the control character \\u0001"), site.err());
  }

  @Test
  void writesFeedsThatAreWellFormedXml() throws Exception {
    assertEquals(0, site.run("build"), site.err());
    for (String feed : new String[] {"en/feed.xml", "zh-hans/feed.xml"}) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.site().resolve(feed))));
    }
    assertEquals("abcd&lt;", AtomFeed.xml("a\u0001b\u001Bc\uFFFE\ud800d<"));
  }

  @Test
  void refusesTheAssetsFolderAsALanguagePrefix() throws Exception {
    site.write(SampleSite.CONFIG.replace("prefix: en,", "prefix: assets,"));
    assertTrue(checkFails().contains("content/config.yaml:5:16:"), site.err());
    assertTrue(site.err().contains("URL prefix 'assets' is taken by the site's own files"), site.err());
  }

  @Test
  void reportsMissingTemplateAssets() throws Exception {
    try (Stream<Path> walk = Files.walk(site.root.resolve("templates/assets"))) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertTrue(checkFails().contains("templates/assets: error: the templates have no assets/ folder"), site.err());
  }

  @Test
  void readsDraftAsAYamlBooleanOnly() throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\ndraft: True\n---\n\nOpening.\n{#p1}\n");
    assertEquals(0, site.run("build"), site.err());
    assertFalse(Files.exists(site.site().resolve("en/talks/first/index.html")), "draft: True is a YAML boolean");
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\ndraft: \"yes\"\n---\n\nOpening.\n{#p1}\n");
    assertTrue(checkFails().contains("index.en.md:4:8: error: 'draft' must be true or false, not \"yes\""), site.err());
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\ndraft: \"true\"\n---\n\nOpening.\n{#p1}\n");
    assertTrue(checkFails().contains("'draft' must be true or false, not \"true\""), site.err());
  }
}
