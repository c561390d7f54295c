package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long builds show their progress in place on a terminal, and nothing when the output is not one. */
class TerminalProgressTest {
  @Test
  void drawsInPlaceAfterHalfASecondAtMostTenTimesASecondAndErasesAtTheEnd() {
    StringWriter screen = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    TerminalProgress progress = new TerminalProgress(new PrintWriter(screen), now::get);
    progress.update("reading", 1, 400);
    assertEquals("", screen.toString(), "a short build shows nothing");
    now.set(600_000_000L);
    progress.update("reading", 200, 400);
    now.set(650_000_000L);
    progress.update("reading", 210, 400);
    now.set(1_200_000_000L);
    progress.update("rendering", 30, 1200);
    progress.close();
    assertEquals("\rreading 200/400 · 0.6 s\u001b[K\rrendering 30/1200 · 1.2 s\u001b[K\r\u001b[K", screen.toString());
  }

  @Test
  void aBuildWhoseOutputIsNoTerminalShowsNoProgress(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build"), site.err());
    assertFalse(site.out().contains("\r") || site.err().contains("\r"), "no carriage returns in redirected output");
    assertTrue(site.out().startsWith("built 12 pages"), site.out());
  }
}
