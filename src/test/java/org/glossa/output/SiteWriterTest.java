package org.glossa.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, facts 5 to 9: the output folder is written whole, by one build at a time, keeping what Glossa did not write. */
class SiteWriterTest {
  @TempDir Path dir;
  Path site;
  Path content;

  @BeforeEach
  void folders() throws Exception {
    site = dir.resolve("site");
    content = Files.createDirectories(dir.resolve("content"));
  }

  private SiteWriter writer(Duration wait) {
    return new SiteWriter(site, List.of(content), wait);
  }

  private static SortedMap<String, byte[]> pages(int n, String text) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      files.put("p" + (i % 37) + "/page" + i + ".html", (text + i).getBytes(StandardCharsets.UTF_8));
    }
    files.put("sitemap.xml", new byte[0]);
    files.put(".nojekyll", new byte[0]);
    return files;
  }

  private List<String> filesOf(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private List<String> leftovers() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\.site\\.(tmp|old)-.*")).toList();
    }
  }

  @Test
  void twoBuildsAtOnceBothFinishWithAWholeSite() throws Exception {
    SortedMap<String, byte[]> a = pages(3000, "a");
    SortedMap<String, byte[]> b = pages(3000, "b");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (SortedMap<String, byte[]> files : List.of(a, b, a, b)) {
        runs.add(pool.submit(() -> {
          writer(Duration.ofMinutes(2)).write(files, List.of());
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    List<String> written = filesOf(site);
    assertEquals(3000 + 3, written.size(), "every file of one whole build, and the manifest");
    String first = Files.readString(site.resolve("p0/page0.html"));
    for (int i = 0; i < 3000; i += 97) {
      assertEquals(first.charAt(0), Files.readString(site.resolve("p" + (i % 37) + "/page" + i + ".html")).charAt(0),
          "all files come from the same build");
    }
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aSecondBuildGivesUpWithAClearMessageAndLeavesTheFirstOnesStagingAlone() throws Exception {
    writer(Duration.ZERO).write(pages(3, "old"), List.of());
    Path lockFile = dir.resolve(".site.lock");
    Path staging = Files.createDirectory(dir.resolve(".site.tmp-running"));
    try (OutputLock held = OutputLock.acquire(site, lockFile, Duration.ZERO)) {
      OutputException e = assertThrows(OutputException.class, () -> writer(Duration.ofMillis(300)).write(pages(3, "new"), List.of()));
      assertTrue(e.getMessage().contains("another build is writing this folder"), e.getMessage());
      assertTrue(Files.isDirectory(staging), "the running build's staging folder is not taken for stale");
      assertEquals("old0", Files.readString(site.resolve("p0/page0.html")));
    }
    writer(Duration.ZERO).write(pages(3, "new"), List.of());
    assertEquals("new0", Files.readString(site.resolve("p0/page0.html")));
    assertFalse(Files.exists(staging), "once no build holds the folder, a stale staging folder is cleared");
  }

  @Test
  void keepsCnameGitAndOtherFilesItDidNotWrite() throws Exception {
    writer(Duration.ZERO).write(pages(5, "old"), List.of());
    Files.writeString(site.resolve("CNAME"), "edition.example.org\n");
    Files.createDirectories(site.resolve(".git/objects"));
    Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
    Files.writeString(site.resolve("google1234.html"), "verification");
    Files.writeString(site.resolve("p0/notes.txt"), "mine");
    SortedMap<String, byte[]> next = pages(3, "new");
    writer(Duration.ZERO).write(next, List.of());
    assertEquals("edition.example.org\n", Files.readString(site.resolve("CNAME")));
    assertEquals("ref: refs/heads/gh-pages\n", Files.readString(site.resolve(".git/HEAD")));
    assertTrue(Files.isDirectory(site.resolve(".git/objects")));
    assertEquals("verification", Files.readString(site.resolve("google1234.html")));
    assertEquals("mine", Files.readString(site.resolve("p0/notes.txt")));
    assertFalse(Files.exists(site.resolve("p4/page4.html")), "a page Glossa no longer writes is removed");
    assertEquals("new0", Files.readString(site.resolve("p0/page0.html")));
  }

  @Test
  void refusesToWriteOverAFileItDidNotWrite() throws Exception {
    writer(Duration.ZERO).write(pages(3, "old"), List.of());
    Files.writeString(site.resolve("p0/page37.html"), "hand-made");
    OutputException e = assertThrows(OutputException.class, () -> writer(Duration.ZERO).write(pages(38, "new"), List.of()));
    assertTrue(e.getMessage().contains("Glossa did not write p0/page37.html"), e.getMessage());
    assertEquals("hand-made", Files.readString(site.resolve("p0/page37.html")));
    assertEquals("old0", Files.readString(site.resolve("p0/page0.html")), "nothing was replaced");
  }

  /** A CNAME put there by hand, then baseUrl set to the same custom domain: the build writes the same CNAME and takes it over. */
  @Test
  void takesOverAForeignFileThatHoldsWhatTheBuildWritesThere() throws Exception {
    writer(Duration.ZERO).write(pages(3, "old"), List.of());
    Files.writeString(site.resolve("CNAME"), "edition.example.org\n");
    SortedMap<String, byte[]> next = pages(3, "new");
    next.put("CNAME", "edition.example.org\n".getBytes(StandardCharsets.UTF_8));
    writer(Duration.ZERO).write(next, List.of());
    assertEquals("edition.example.org\n", Files.readString(site.resolve("CNAME")));
    assertTrue(Files.readString(site.resolve(".glossa-manifest")).contains("CNAME\n"), "now Glossa's, so a later build may change it");
    next.put("CNAME", "other.example.org\n".getBytes(StandardCharsets.UTF_8));
    writer(Duration.ZERO).write(next, List.of());
    assertEquals("other.example.org\n", Files.readString(site.resolve("CNAME")));
  }

  @Test
  void refusesAForeignFileThatDiffersFromWhatTheBuildWritesThere() throws Exception {
    writer(Duration.ZERO).write(pages(3, "old"), List.of());
    Files.writeString(site.resolve("CNAME"), "hand.example.org\n");
    SortedMap<String, byte[]> next = pages(3, "new");
    next.put("CNAME", "edition.example.org\n".getBytes(StandardCharsets.UTF_8));
    OutputException e = assertThrows(OutputException.class, () -> writer(Duration.ZERO).write(next, List.of()));
    assertTrue(e.getMessage().contains("Glossa did not write CNAME"), e.getMessage());
    assertEquals("hand.example.org\n", Files.readString(site.resolve("CNAME")));
  }

  @Test
  void keepsTheHostFilesOfASiteBuiltBeforeManifests() throws Exception {
    Files.createDirectories(site.resolve("en"));
    Files.writeString(site.resolve("sitemap.xml"), "");
    Files.writeString(site.resolve(".nojekyll"), "");
    Files.writeString(site.resolve("en/old.html"), "old");
    Files.writeString(site.resolve("CNAME"), "edition.example.org\n");
    writer(Duration.ZERO).write(pages(2, "new"), List.of());
    assertTrue(Files.exists(site.resolve("CNAME")));
    assertFalse(Files.exists(site.resolve("en/old.html")));
  }

  @Test
  void acceptsAFolderThatHoldsOnlyAGitWorktreeLink() throws Exception {
    Files.createDirectories(site);
    Files.writeString(site.resolve(".git"), "gitdir: /somewhere/.git/worktrees/site\n");
    writer(Duration.ZERO).write(pages(2, "new"), List.of());
    assertEquals("gitdir: /somewhere/.git/worktrees/site\n", Files.readString(site.resolve(".git")));
    assertTrue(Files.exists(site.resolve("p0/page0.html")));
  }

  @Test
  void finishesAnInterruptedSwapWithoutLosingForeignFiles() throws Exception {
    writer(Duration.ZERO).write(pages(2, "old"), List.of());
    Files.writeString(site.resolve("CNAME"), "edition.example.org\n");
    // A build was killed between swapping the new site in and moving CNAME over from the old one.
    Path old = dir.resolve(".site.old-interrupted");
    Files.move(site, old);
    writer(Duration.ZERO).write(pages(2, "mid"), List.of());
    Files.delete(site.resolve("CNAME"));
    Files.createDirectories(old);
    Files.writeString(old.resolve(SiteManifest.FILE), "p0/page0.html\n" + SiteManifest.FILE + "\n");
    Files.writeString(old.resolve("CNAME"), "edition.example.org\n");
    writer(Duration.ZERO).write(pages(2, "new"), List.of());
    assertEquals("edition.example.org\n", Files.readString(site.resolve("CNAME")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void refusesAnOutputInsideTheSources() throws Exception {
    Path article = Files.createDirectories(content.resolve("talks/first"));
    SiteWriter inside = new SiteWriter(article.resolve("site"), List.of(content), Duration.ZERO);
    OutputException e = assertThrows(OutputException.class, () -> inside.write(pages(2, "x"), List.of()));
    assertTrue(e.getMessage().contains("lies inside the sources"), e.getMessage());
    assertFalse(Files.exists(article.resolve("site")));
  }

  @Test
  void writesWhatAWebServerRunningAsAnotherUserCanRead() throws Exception {
    Path probeDir = Files.createDirectory(dir.resolve("probe"));
    Path probeFile = Files.writeString(dir.resolve("probe.txt"), "x");
    Set<PosixFilePermission> dirDefault = Files.getPosixFilePermissions(probeDir);
    Set<PosixFilePermission> fileDefault = Files.getPosixFilePermissions(probeFile);
    Path source = Files.writeString(content.resolve("figure.png"), "png");
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
    writer(Duration.ZERO).write(pages(3, "x"), List.of(new SiteWriter.Copy(source, "en/figure.png")));
    assertEquals(dirDefault, Files.getPosixFilePermissions(site), "the site folder is made like any other folder, not 0700");
    assertEquals(dirDefault, Files.getPosixFilePermissions(site.resolve("p0")));
    assertEquals(fileDefault, Files.getPosixFilePermissions(site.resolve("p0/page0.html")));
    assertEquals(fileDefault, Files.getPosixFilePermissions(site.resolve("en/figure.png")), "a copy does not keep a private mode");
    assertTrue(dirDefault.contains(PosixFilePermission.OTHERS_EXECUTE) == dirDefault.contains(PosixFilePermission.OTHERS_READ));
  }

  @Test
  void writesThroughASymbolicLinkToItsTarget() throws Exception {
    Path webRoot = Files.createDirectories(dir.resolve("www/html"));
    Files.createSymbolicLink(site, webRoot);
    writer(Duration.ZERO).write(pages(2, "x"), List.of());
    assertTrue(Files.isSymbolicLink(site), "the link stays a link");
    assertEquals("x0", Files.readString(webRoot.resolve("p0/page0.html")));
    writer(Duration.ZERO).write(pages(2, "y"), List.of());
    assertTrue(Files.isSymbolicLink(site));
    assertEquals("y0", Files.readString(webRoot.resolve("p0/page0.html")), "the real web root is up to date");
  }
}
