package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.glossa.diag.IoProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, facts 11 and 13: failures that are not errors in the sources exit with 3, in words, without Java's names or traces. */
class FailureTest {
  private static String report(Throwable e, boolean debug) {
    StringWriter out = new StringWriter();
    assertEquals(ExitCode.INTERNAL, Failure.report(e, debug, new PrintWriter(out)));
    return out.toString();
  }

  @Test
  void describesAFailureWithoutClassNamesOrATrace() {
    String printed = report(new IllegalStateException("java.lang.Object@1f"), false);
    assertEquals("""
        glossa: error: an internal failure in Glossa
          hint: this is a bug in Glossa: run the same command with --debug and report what it prints
        """, printed);
  }

  @Test
  void printsTheTraceOnlyWithDebug() {
    assertTrue(report(new IllegalStateException("x"), true).contains("\tat org.glossa.cli.FailureTest"));
  }

  @Test
  void namesAStackOverflowAndLackOfMemoryInWords() {
    assertTrue(report(new StackOverflowError(), false).startsWith("glossa: error: the input nests too deeply"));
    assertTrue(report(new OutOfMemoryError("Java heap space"), false).contains("hint: give Java more memory"));
  }

  @Test
  void saysWhatHappenedToAFileInWords() {
    assertEquals("permission denied", IoProblem.describe(new AccessDeniedException("/x")));
    assertEquals("no such file or folder", IoProblem.describe(new NoSuchFileException("/x")));
    assertEquals("a loop of symbolic links", IoProblem.describe(new FileSystemLoopException("/x")));
    assertEquals("no space left on the disk", IoProblem.describe(new FileSystemException("/x", null, "No space left on device")));
    assertTrue(IoProblem.hint(new FileSystemException("/x", null, "No space left on device")).contains("free some disk space"));
    assertFalse(IoProblem.hint(new FileSystemLoopException("/x")).contains("disk space"));
    assertFalse(IoProblem.hint(new AccessDeniedException("/x")).contains("disk space"));
  }

  @Test
  void exitsWithThreeAndNoTraceWhenTheOutputCannotBeWritten(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    Files.writeString(dir.resolve("a-file"), "x");
    assertEquals(3, site.run("build", "--out=" + dir.resolve("a-file/site")), site.err());
    assertTrue(site.err().contains("site: error: the output folder cannot be made: " + dir.resolve("a-file") + " is a file"), site.err());
    assertFalse(site.err().contains("Exception") || site.err().contains("\tat "), site.err());
  }

  @Test
  void acceptsDebugBeforeAndAfterTheCommand(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("check", "--debug"), site.err());
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err)).run("--debug", "check",
        "--content", site.root.resolve("content").toString(), "--templates", site.root.resolve("templates").toString());
    assertEquals(0, code, err.toString());
  }
}
