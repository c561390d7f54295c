package org.glossa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} on the real edition, run from the shaded jar as an editor runs it: no error, no broken
 * link or anchor in any language or mode, and no message of the Nu Html Checker on any page.
 */
class EditionCheckIT {
  @Test
  void theEditionHasNoBrokenLinkNoBrokenAnchorAndNoHtmlError() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target/glossa.jar").toAbsolutePath().toString(), "check", "--out", "target/edition-check-site");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("and the HTML of 18 pages (Nu Html Checker)") || out.matches("(?s).*the HTML of \\d+ pages.*"), out);
    assertFalse(out.contains("leads nowhere") || out.contains("leads out of the site") || out.contains("HTML:"), out);
    assertTrue(out.lines().reduce((a, b) -> b).orElse("").startsWith("0 errors, "), out);
  }
}
