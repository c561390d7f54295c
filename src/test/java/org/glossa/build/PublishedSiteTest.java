package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed site/ is the published edition: it must be exactly what the committed sources build. */
class PublishedSiteTest {
  @Test
  void committedSiteEqualsAFreshBuildByteForByte(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    BuildResult result = new Build(BuildOptions.inFolder(Path.of("")).withOutput(out)).run();
    assertTrue(result.ok(), result.diagnostics().toString());
    Map<String, byte[]> fresh = SiteFixture.snapshot(out);
    Map<String, byte[]> committed = SiteFixture.snapshot(Path.of("site"));
    List<String> differences = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(fresh.keySet());
    all.addAll(committed.keySet());
    for (String path : all) {
      if (!committed.containsKey(path)) {
        differences.add("missing from site/: " + path);
      } else if (!fresh.containsKey(path)) {
        differences.add("stale in site/ (the sources no longer build it): " + path);
      } else if (!Arrays.equals(fresh.get(path), committed.get(path))) {
        differences.add("differs: " + path);
      }
    }
    assertEquals(List.of(), differences,
        "site/ is out of date: rebuild it with the README's build command and commit it");
  }
}
