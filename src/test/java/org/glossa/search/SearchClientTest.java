package org.glossa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.edition.EditionSearchIndexes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the client's own tests (src/test/js/search.test.js) in node against indexes this build
 * writes: a small fixture corpus and the real edition. Without node they are skipped with the
 * command that installs it (on CI, where CI=true, that is a failure).
 */
class SearchClientTest {
  static final Path OUT = Path.of("target/search-client-test");

  @Test
  void clientPassesItsTestsAgainstIndexesFromTheBuilder() throws Exception {
    String node = node();
    Path fixtures = OUT.resolve("fixtures");
    Path edition = OUT.resolve("edition");
    SearchFixtures.write(fixtures);
    EditionSearchIndexes.write(edition);
    Path log = OUT.resolve("node.log");
    ProcessBuilder pb = new ProcessBuilder(node, "--test", "--test-reporter=spec", "src/test/js/search.test.js")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("GLOSSA_SEARCH_FIXTURES", fixtures.toAbsolutePath().toString());
    pb.environment().put("GLOSSA_SEARCH_EDITION", edition.toAbsolutePath().toString());
    Process process = pb.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String node() throws IOException, InterruptedException {
    for (String candidate : List.of("/usr/bin/node", "/usr/local/bin/node")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must run the search client's tests, but node is missing: apt-get install nodejs");
    }
    Assumptions.abort("search client tests skipped: node is missing; install it with: apt-get install nodejs");
    return null;
  }
}
