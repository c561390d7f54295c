package org.glossa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's Content-Security-Policy messages: data blocks are exempt, run scripts and foreign assets are not. */
class HtmlValidatorTest {
  static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">\n<title>t</title>\n";

  static List<HtmlValidator.Message> check(String head) throws Exception {
    String page = HEAD + head + "</head>\n<body><p>x</p></body></html>\n";
    return HtmlValidator.shared().check(page.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLdIsDataNotScript() throws Exception {
    assertEquals(List.of(), check("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"}</script>\n"));
  }

  @Test
  void anInlineScriptTheDirectiveForbidsIsStillReported() throws Exception {
    List<HtmlValidator.Message> messages = check("<script>document.title = 'x'</script>\n");
    assertTrue(messages.stream().anyMatch(m -> m.text().startsWith("Inline script violates Content Security Policy")), messages.toString());
  }

  @Test
  void aRootRelativeAssetIsTheSitesOwn() throws Exception {
    assertEquals(List.of(), check("<script src=\"/assets/glossa.js\" defer></script>\n<link rel=\"stylesheet\" href=\"/assets/glossa.css\">\n"));
  }
}
