package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stamp records which original a translation was made from; check then names the stale paragraphs. */
class StalenessTest {
  @Test
  void namesTheTranslatedParagraphWhoseOriginalChanged(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("stamp"), site.err());
    Path en = site.root.resolve("content/talks/first/index.en.md");
    String stamped = Files.readString(en);
    assertTrue(stamped.contains("{#p4 turn=t src="), stamped);
    assertTrue(stamped.contains("## The race of large models {#p2 src="), stamped);
    assertEquals(0, site.run("check", "--strict"), site.err());
    assertFalse(site.err().contains("stale"), site.err());

    Path zh = site.root.resolve("content/talks/first/index.zh-Hans.md");
    Files.writeString(zh, Files.readString(zh).replace("因为\n如此。", "因为事情如此。"));
    assertEquals(0, site.run("check"), site.err());
    assertTrue(site.err().contains("content/talks/first/index.en.md:18: warning: unit {#p4} may be stale"), site.err());
    assertEquals(1, site.run("check", "--strict"));

    assertEquals(0, site.run("stamp", en.toString()), site.err());
    assertEquals(0, site.run("check", "--strict"), site.err());
  }

  @Test
  void stampingTwiceChangesNothing(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("stamp"), site.err());
    String once = Files.readString(site.root.resolve("content/talks/first/index.en.md"));
    assertEquals(0, site.run("stamp"), site.err());
    assertEquals(once, Files.readString(site.root.resolve("content/talks/first/index.en.md")));
    assertTrue(site.out().contains("already stamped"), site.out());
  }
}
