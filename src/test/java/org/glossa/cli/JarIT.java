package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.build.SiteFixture;
import org.glossa.build.SampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it: {@code java -jar target/glossa.jar …}. */
class JarIT {
  static final Path JAR = Path.of("target/glossa.jar").toAbsolutePath();

  record Run(int code, String out) {}

  static Run run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  @Test
  void buildsWithNoArgumentsInTheEditionFolder(@TempDir Path dir) throws Exception {
    SiteFixture.of(dir, SampleSite.ARTICLE);
    Run run = run(dir);
    assertEquals(0, run.code(), run.out());
    assertTrue(Files.readString(dir.resolve("site/en/talks/first/index.html")).contains("Dowson Tong"), "records reach the templates");
  }

  @Test
  void exitsWithOneOnContentErrorsAndTwoOnUsageErrors(@TempDir Path dir) throws Exception {
    SiteFixture.of(dir, SampleSite.ARTICLE + "-- content/bad.en.md --\n---\ntitle: [\n---\n");
    Run bad = run(dir, "build");
    assertEquals(1, bad.code(), bad.out());
    assertTrue(bad.out().contains("content/bad.en.md:"), bad.out());
    assertEquals(2, run(dir, "build", "--no-such-option").code());
    Run help = run(dir, "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("check"), help.out());
  }
}
