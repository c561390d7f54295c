package org.glossa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page frame's one inline script (theme and "scripts run" before the first paint) is allowed by
 * the Content-Security-Policy through its hash, and nothing else inline is: edit the script and
 * this test names the hash to put in the policy.
 */
class ThemeScriptTest {
  static final Path LAYOUT = Path.of("templates/layout.ftlh");

  @Test
  void theContentSecurityPolicyAllowsExactlyTheInlineScriptsOfTheLayout() throws Exception {
    String layout = Files.readString(LAYOUT, StandardCharsets.UTF_8);
    List<String> inline = new ArrayList<>();
    Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(layout);
    while (m.find()) {
      inline.add("'sha256-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8))) + "'");
    }
    assertEquals(1, inline.size(), "one inline script");
    Matcher csp = Pattern.compile("script-src ([^;\"]*)").matcher(layout);
    assertTrue(csp.find(), "the layout declares a script-src");
    List<String> allowed = List.of(csp.group(1).trim().split("\\s+"));
    assertEquals(List.of("'self'", inline.get(0)), allowed, "script-src allows the site's own files and the inline script's hash");
  }
}
