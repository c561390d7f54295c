package org.glossa.sanitize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8, fact 2: the link filter judges a URL's scheme as a browser reads it, in any spelling. */
class UrlPolicyTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
      "java&#9;script:alert(1)", "&#106;avascript:alert(1)", "&#x6a;avascript:alert(1)", "&amp;#106;avascript:alert(1)",
      " \u0001javascript:alert(1)", "java\nscript:x", "javascript&colon;alert(1)", "vbscript:msgbox(1)", "VBScript:x",
      "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
      "java\u200Bscript:alert(1)", ":no-scheme"})
  void refuses(String url) {
    assertFalse(UrlPolicy.isSafeLink(url), url);
    assertFalse(UrlPolicy.isSafeImage(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "http://example.org/a:b", "mailto:a@example.org", "#p12", "../x/", "/en/glossary/#rag",
      "fig.png", "a/b:c", "?q=1:2", "https://例子.中国/路径"})
  void allows(String url) {
    assertTrue(UrlPolicy.isSafeLink(url), url);
  }
}
