package org.glossa.build;

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
 * Issue 8, facts 3 and 12: symbolic links never lead a build out of content/ or templates/: a link
 * to a file outside is neither published nor read nor echoed, a loop is named as a loop, and a link
 * that stays inside the tree works.
 */
class SymlinkTest {
  static final String SECRET = "root:x:0:0:SECRET-LINE";

  @TempDir Path dir;
  SiteFixture site;
  Path secret;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir.resolve("edition"), SampleSite.ARTICLE);
    secret = dir.resolve("passwd");
    Files.writeString(secret, SECRET + "\n");
  }

  private void assertNothingLeaks() throws Exception {
    assertFalse(site.err().contains("SECRET-LINE"), site.err());
    for (Map.Entry<String, byte[]> f : SiteFixture.snapshot(site.site()).entrySet()) {
      assertFalse(new String(f.getValue(), "UTF-8").contains("SECRET-LINE"), f.getKey() + " publishes the secret");
    }
  }

  @Test
  void doesNotPublishALinkInAnArticleFolderThatLeadsOutside() throws Exception {
    Files.createSymbolicLink(site.root.resolve("content/talks/first/passwd.txt"), secret);
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("content/talks/first/passwd.txt: error: a symbolic link that leads outside"), site.err());
    assertNothingLeaks();
    assertFalse(Files.exists(site.site().resolve("en/talks/first/passwd.txt")));
  }

  @Test
  void doesNotReadAMarkdownFileLinkedFromOutside() throws Exception {
    Files.delete(site.root.resolve("content/talks/first/index.en.md"));
    Files.writeString(dir.resolve("outside.md"), SECRET + "\n---\ntitle: [\n");
    Files.createSymbolicLink(site.root.resolve("content/talks/first/index.en.md"), dir.resolve("outside.md"));
    assertEquals(1, site.run("check"), site.err());
    assertTrue(site.err().contains("content/talks/first/index.en.md: error: a symbolic link that leads outside"), site.err());
    assertNothingLeaks();
  }

  @Test
  void namesALoopOfLinksAsOneNotAsAFullDisk() throws Exception {
    Path a = site.root.resolve("content/talks/first/a.png");
    Path b = site.root.resolve("content/talks/first/b.png");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("content/talks/first/a.png: error: a loop of symbolic links"), site.err());
    assertFalse(site.err().contains("disk space") || site.err().contains("Exception"), site.err());
  }

  @Test
  void doesNotFollowALinkedFolderOutOfTheTree() throws Exception {
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/x.md"), SECRET);
    Files.createSymbolicLink(site.root.resolve("content/talks/first/more"), dir.resolve("elsewhere"));
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("content/talks/first/more: error: a symbolic link that leads outside"), site.err());
    assertNothingLeaks();
  }

  @Test
  void doesNotCopyTemplateAssetsLinkedFromOutside() throws Exception {
    Files.createSymbolicLink(site.root.resolve("templates/assets/passwd.css"), secret);
    assertEquals(1, site.run("build"), site.err());
    assertTrue(site.err().contains("templates/assets/passwd.css: error: a symbolic link that leads outside"), site.err());
    assertNothingLeaks();
  }

  @Test
  void followsALinkThatStaysInsideTheTree() throws Exception {
    Files.writeString(site.root.resolve("content/talks/first/figure.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    Files.createSymbolicLink(site.root.resolve("content/talks/first/same-figure.svg"), Path.of("figure.svg"));
    assertEquals(0, site.run("build"), site.err());
    assertTrue(Files.isRegularFile(site.site().resolve("en/talks/first/same-figure.svg")));
    assertFalse(Files.isSymbolicLink(site.site().resolve("en/talks/first/same-figure.svg")), "the site holds a copy, not a link");
  }
}
