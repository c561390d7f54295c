package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, fact 10: stamp changes only the attribute lines it stamps, in the file's own line ends. */
class StampCommandTest {
  @TempDir Path dir;

  private static String[] lines(String text) {
    return text.split("\n", -1);
  }

  @Test
  void keepsCrlfLineEndsAndChangesOnlyTheStampedLines() throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    Path en = site.root.resolve("content/talks/first/index.en.md");
    String crlf = Files.readString(en).replace("\n", "\r\n");
    Files.writeString(en, crlf, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(en, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(0, site.run("stamp"), site.err());
    String after = Files.readString(en);
    assertEquals(crlf.split("\r\n", -1).length, after.split("\r\n", -1).length, "every line still ends in CRLF");
    assertFalse(after.replace("\r\n", "").contains("\n"), "no bare LF");
    String[] before = lines(crlf);
    String[] now = lines(after);
    int changed = 0;
    for (int i = 0; i < before.length; i++) {
      if (!before[i].equals(now[i])) {
        changed++;
        assertTrue(now[i].contains(" src="), "only attribute lines change: " + now[i]);
      }
    }
    assertEquals(4, changed, "one line per unit");
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(en)));
  }

  @Test
  void keepsLfLineEndsToo() throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    Path en = site.root.resolve("content/talks/first/index.en.md");
    assertEquals(0, site.run("stamp"), site.err());
    assertTrue(!Files.readString(en).contains("\r"));
  }
}
