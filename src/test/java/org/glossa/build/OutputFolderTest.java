package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, facts 6, 7 and 9 from the command line: what --out may be, and what a build keeps there. */
class OutputFolderTest {
  @TempDir Path dir;
  SiteFixture site;

  @BeforeEach
  void fixture() throws Exception {
    site = SiteFixture.of(dir, SampleSite.ARTICLE);
  }

  @Test
  void refusesAnOutputInsideAnArticleFolder() throws Exception {
    Path inside = site.root.resolve("content/talks/first/site");
    for (int i = 0; i < 2; i++) {
      assertEquals(3, site.run("build", "--out=" + inside), site.err());
    }
    assertTrue(site.err().contains("lies inside the sources"), site.err());
    assertFalse(Files.exists(inside), "nothing is written into the sources");
  }

  @Test
  void refusesAnOutputInsideTheTemplates() throws Exception {
    assertEquals(3, site.run("build", "--out=" + site.root.resolve("templates/out")), site.err());
    assertTrue(site.err().contains("lies inside the sources"), site.err());
  }

  /** For a github.io address Glossa writes no CNAME (a custom domain's baseUrl would make it write its own). */
  @Test
  void keepsAGitHubPagesCnameAndAGitWorktree() throws Exception {
    String pages = "--base-url=https://owner.github.io/edition/";
    assertEquals(0, site.run("build", pages), site.err());
    Files.writeString(site.site().resolve("CNAME"), "edition.example.org\n");
    Files.writeString(site.site().resolve(".git"), "gitdir: ../.git/worktrees/site\n");
    assertEquals(0, site.run("build", pages), site.err());
    assertEquals("edition.example.org\n", site.read("CNAME"));
    assertEquals("gitdir: ../.git/worktrees/site\n", site.read(".git"));
  }

  @Test
  void buildsIntoTheFolderASymbolicLinkPointsTo() throws Exception {
    Path webRoot = Files.createDirectories(dir.resolve("www"));
    Path link = Files.createSymbolicLink(dir.resolve("public"), webRoot);
    assertEquals(0, site.run("build", "--out=" + link), site.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(webRoot.resolve("en/talks/first/index.html")).contains("Dowson Tong"));
  }
}
