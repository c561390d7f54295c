package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 with the shaded jar, as separate processes: two builds at once into one folder, a
 * non-ASCII file name under {@code LANG=C}, and no stack trace without {@code --debug}.
 */
class SafetyJarIT {
  private static Process start(Path dir, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JarIT.JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    return builder.start();
  }

  private static JarIT.Run finish(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new JarIT.Run(p.waitFor(), out);
  }

  @Test
  void twoBuildProcessesIntoOneFolderBothSucceedWithAWholeSite(@TempDir Path dir) throws Exception {
    StringBuilder files = new StringBuilder(SampleSite.ARTICLE);
    for (int i = 0; i < 150; i++) {
      files.append("-- content/more/a").append(i).append(".zh-Hans.md --\n---\ntitle: 第").append(i).append("篇\n---\n\n正文。\n{#p1}\n");
    }
    SiteFixture.of(dir, files.toString());
    Process first = start(dir, Map.of(), "build");
    Process second = start(dir, Map.of(), "build");
    JarIT.Run a = finish(first);
    JarIT.Run b = finish(second);
    assertEquals(0, a.code(), a.out());
    assertEquals(0, b.code(), b.out());
    Map<String, byte[]> site = SiteFixture.snapshot(dir.resolve("site"));
    assertTrue(site.containsKey("zh-hans/more/a149/index.html") && site.containsKey("en/talks/first/index.html"), site.keySet().toString());
    JarIT.Run third = finish(start(dir, Map.of(), "build"));
    assertEquals(0, third.code(), third.out());
    assertEquals(site.keySet(), SiteFixture.snapshot(dir.resolve("site")).keySet(), "the site is whole");
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(List.of(), list.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\.site\\.(tmp|old)-.*")).toList());
    }
  }

  @Test
  void reportsANonAsciiFileNameUnderTheCLocaleWithoutATrace(@TempDir Path dir) throws Exception {
    SiteFixture.of(dir, SampleSite.ARTICLE);
    Files.writeString(dir.resolve("content/talks/first/图一.png"), "png");
    JarIT.Run run = finish(start(dir, Map.of("LANG", "C", "LC_ALL", "C"), "build"));
    assertEquals(1, run.code(), run.out());
    assertTrue(run.out().contains("error: this file name cannot be read with the system's file-name encoding"), run.out());
    assertTrue(run.out().contains("LANG=C.UTF-8"), run.out());
    assertFalse(run.out().contains("Exception") || run.out().contains("\tat "), run.out());
    JarIT.Run utf8 = finish(start(dir, Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "build"));
    assertEquals(0, utf8.code(), utf8.out());
    assertTrue(Files.exists(dir.resolve("site/en/talks/first/图一.png")));
  }

  @Test
  void exitsWithThreeForAnOutputFolderItMustNotReplace(@TempDir Path dir) throws Exception {
    SiteFixture.of(dir, SampleSite.ARTICLE);
    JarIT.Run run = finish(start(dir, Map.of(), "build", "--out", "content/talks/first/site"));
    assertEquals(3, run.code(), run.out());
    assertFalse(run.out().contains("Exception") || run.out().contains("\tat "), run.out());
  }
}
