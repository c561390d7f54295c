package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, facts 4, 12 and 13: every problem is reported at its place, with a bounded excerpt,
 * control characters escaped, a fitting hint, once, and without Java's names for things.
 */
class PlacesAndMessagesTest {
  @TempDir Path dir;
  SiteFixture site;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
  }

  private String fails() {
    assertEquals(1, site.run("check"), site.out() + site.err());
    String err = site.err();
    assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("java."), err);
    return err;
  }

  @Test
  void showsAControlCharacterFromAYamlEscapeEscaped() throws Exception {
    site.write("""
        -- content/talks/first/index.en.md --
        ---
        title: "The \\e[2Jfirst"
        translatedFrom: zh-Hans
        ---
        """);
    String err = fails();
    assertTrue(err.contains("content/talks/first/index.en.md:2:8: error: 'title' contains the control character \\u001B"), err);
    assertFalse(err.chars().anyMatch(c -> c == 0x1B), "no raw ESC reaches the terminal");
  }

  @Test
  void pointsAYamlBombAtTheAliasThatGoesOverTheLimit() throws Exception {
    site.write("""
        -- content/glossary.yaml --
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        """);
    String err = fails();
    assertTrue(err.contains("content/glossary.yaml:4:16: error: invalid YAML"), "the 21st alias of a list is the third on line 4: " + err);
    assertTrue(err.contains("Number of aliases for non-scalar nodes exceeds"), err);
  }

  @Test
  void pointsTooDeeplyNestedYamlAtItsLine() throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: x\ntranslatedFrom: zh-Hans\ntags: " + "[".repeat(100) + "]".repeat(100) + "\n---\n");
    String err = fails();
    assertTrue(err.contains("content/talks/first/index.en.md:4:"), err);
  }

  @Test
  void reportsAnEmptyAliasAtItsLineWithAFittingHint() throws Exception {
    site.write(GlossarySiteTest.GLOSSARY.replace("aliases: [RAG]\n    short: Generating", "aliases: [RAG, \"\"]\n    short: Generating"));
    String err = fails();
    assertTrue(err.contains("content/glossary.yaml:11:20: error: an empty alias of 'rag' in en"), err);
    assertTrue(err.contains("hint: remove the empty item from aliases"), err);
  }

  @Test
  void namesAnUnclosedCodeFenceInsteadOfItsConsequences() throws Exception {
    site.write("""
        -- content/talks/first/index.en.md --
        ---
        title: The first
        translatedFrom: zh-Hans
        ---

        Opening.[^a]
        {#p1}

        ```
        code that never ends

        [^a]: An editor's note.
        """);
    String err = fails();
    assertTrue(err.contains("content/talks/first/index.en.md:9:1: error: this code fence (```) is never closed"), err);
    assertFalse(err.contains("has no definition"), err);
  }

  @Test
  void echoesAHugeLineOnlyAroundTheColumn() throws Exception {
    String huge = "x".repeat(5 * 1024 * 1024);
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\n---\n\n" + huge + "[^missing]\n{#p1}\n");
    String err = fails();
    assertTrue(err.length() < 4000, "the excerpt is bounded, not 5 MB: " + err.length());
    assertTrue(err.contains("index.en.md:6:5242881: error: footnote [^missing] has no definition"), err.substring(0, Math.min(err.length(), 2000)));
  }

  @Test
  void showsTheLineAndCaretInAFileWithLoneCarriageReturns() throws Exception {
    Files.writeString(site.root.resolve("content/talks/first/index.en.md"),
        "---\rtitle: The first\rtranslatedFrom: zh-Hans\r---\r\rOpening[^zz].\r{#p1}\r", StandardCharsets.UTF_8);
    String err = fails();
    assertTrue(err.contains("index.en.md:6:8: error: footnote [^zz] has no definition\n  Opening[^zz].\n         ^\n"), err);
  }

  @Test
  void reportsAMissingConfigurationOnce() throws Exception {
    Files.delete(site.root.resolve("content/config.yaml"));
    String err = fails();
    assertTrue(err.contains("content/config.yaml: error: no site configuration"), err);
    assertEquals(1, err.split("config.yaml", -1).length - 1 - (err.split("create ", -1).length - 1), err);
    assertTrue(err.contains("1 error, 0 warnings"), err);
  }

  @Test
  void saysInWordsWhyAFileCannotBeRead() throws Exception {
    Files.createDirectories(site.root.resolve("content/glossary.yaml"));
    String err = fails();
    assertTrue(err.contains("content/glossary.yaml: error: cannot read the file: is a directory"), err);
  }

  /** Found by MarkdownFuzzTest: an attribute line before any block crashed the build with a NullPointerException. */
  @Test
  void reportsAnAttributeLineThatFollowsNoBlock() throws Exception {
    site.write("-- content/talks/first/index.en.md --\n---\ntitle: The first\ntranslatedFrom: zh-Hans\n---\n\n{#p1}\n\nOpening.\n{#p2}\n");
    String err = fails();
    assertTrue(err.contains("index.en.md:6:1: error: this attribute block follows no paragraph"), err);
  }

  /** Found by MarkdownFuzzTest: a note whose last paragraph is only an attribute block crashed the build. */
  @Test
  void readsANoteThatEndsInAnAttributeLine() throws Exception {
    site.write(SampleSite.ARTICLE.replace("[^a]: An editor's note.", "[^a]: An editor's note.\n\n    {#x}"));
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("en/talks/first/index.html").contains("An editor's note."));
  }
}
