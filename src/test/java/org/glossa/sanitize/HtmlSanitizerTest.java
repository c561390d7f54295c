package org.glossa.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 8, fact 2: scripts, event handlers and script URLs in any spelling never survive cleaning. */
class HtmlSanitizerTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)><circle/></svg>",
      "<p onmouseover=\"alert(1)\">x</p>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"JavaScript:alert(1)\">x</a>",
      "<a href=\"java&#9;script:alert(1)\">x</a>",
      "<a href=\"&#106;avascript:alert(1)\">x</a>",
      "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
      "<a href=\" \u0001javascript:alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
      "<iframe src=\"https://evil.example/\"></iframe>",
      "<object data=\"x.swf\"></object><embed src=x>",
      "<style>body{display:none}</style><link rel=stylesheet href=x>",
      "<form action=x><button formaction=javascript:alert(1)>go</button></form>",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
      "<img src=\"javascript:alert(1)\">",
      "<p style=\"background:url(javascript:alert(1))\">x</p>",
      "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
      "<base href=\"javascript:alert(1)//\">"})
  void removesEveryWayToRunScript(String hostile) {
    String clean = HtmlSanitizer.clean(hostile).toLowerCase(Locale.ROOT);
    assertFalse(clean.contains("<script"), clean);
    assertFalse(clean.matches("(?s).*\\son[a-z]+\\s*=.*"), clean);
    assertFalse(clean.contains("javascript:") || clean.contains("vbscript:") || clean.contains("data:"), clean);
    assertFalse(clean.contains("<iframe") || clean.contains("<object") || clean.contains("<embed") || clean.contains("<style")
        || clean.contains("<svg") || clean.contains("<form") || clean.contains("<meta") || clean.contains("<base")
        || clean.contains("style="), clean);
    assertFalse(HtmlSanitizer.removals(hostile).isEmpty(), "what is removed is reported: " + hostile);
  }

  @Test
  void keepsGlossasOwnMarkupAndOrdinaryLinks() {
    String html = "<p>腾讯<a class=\"note-ref\" href=\"#n-1\" role=\"doc-noteref\" id=\"r-1\">1</a>"
        + "<input type=\"checkbox\" class=\"note-toggle\" id=\"sn-t-1\" aria-label=\"1\">"
        + "<label class=\"note-toggle-label\" for=\"sn-t-1\" aria-hidden=\"true\">1</label>"
        + "<span class=\"sidenote\" role=\"note\"><span class=\"sidenote-number\">1</span> a <em>b</em></span>"
        + " <a class=\"term\" href=\"/en/glossary/#rag\" data-term=\"rag\" aria-describedby=\"def-t-rag\">RAG</a>"
        + " <a href=\"https://example.org/a?b=1&amp;c=2\">x</a> <a href=\"mailto:a@example.org\">m</a>"
        + " <a href=\"../other/\">rel</a> <img src=\"fig.png\" alt=\"a figure\"></p>";
    assertEquals(html, HtmlSanitizer.clean(html));
    assertEquals(List.of(), HtmlSanitizer.removals(html));
  }

  @Test
  void keepsTheTextOfARemovedElement() {
    assertEquals("<p>kept <b>bold</b></p>", HtmlSanitizer.clean("<p onclick=\"x()\">kept <b>bold</b></p>"));
    assertEquals("text", HtmlSanitizer.clean("<marquee>text</marquee>"));
  }

  @Test
  void allowsOnlyPlainAttributesInAttributeBlocks() {
    assertTrue(HtmlSanitizer.isAllowedBlockAttribute("lang"));
    assertTrue(HtmlSanitizer.isAllowedBlockAttribute("class"));
    assertFalse(HtmlSanitizer.isAllowedBlockAttribute("onmouseover"));
    assertFalse(HtmlSanitizer.isAllowedBlockAttribute("style"));
    assertFalse(HtmlSanitizer.isAllowedBlockAttribute("href"));
  }
}
