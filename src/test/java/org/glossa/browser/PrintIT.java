package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The print stylesheet gives a page a reader would keep: the text across the page, the notes at the
 * end, the addresses of its sources, no buttons or links to press, and a side-by-side page in two
 * columns. A PDF of each goes to target/screenshots/ for a person to look at.
 */
class PrintIT {
  /** Elements that are controls on screen and must not print. */
  static final String CONTROLS = ".modes, .site-nav, .languages, .theme-toggle, .skip, .backref, .jump-bar, .sidenote";

  static long visible(Browser b, String css) {
    return b.number("return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0"
        + " && getComputedStyle(e).visibility !== 'hidden').length;", css);
  }

  @Test
  void anArticlePrintsItsTextAcrossThePageWithNotesAtTheEndAndNoControls() throws Exception {
    try (Browser b = Browser.open(1440)) {
      b.go("en/" + ServedEdition.ARTICLE);
      b.media("print");
      assertEquals(0, visible(b, CONTROLS), "no controls or margin copies in print");
      assertTrue(visible(b, ".notes li") >= 10, "the notes are at the end");
      long text = b.number("return document.querySelector('.article-body .unit').getBoundingClientRect().width;");
      long page = b.number("return document.querySelector('main').getBoundingClientRect().width;");
      assertTrue(text >= page - 2, "the text is as wide as the page (" + text + " of " + page + " px)");
      assertEquals("none", b.js("return getComputedStyle(document.querySelector('a.term')).textDecorationLine;"), "terms print as text");
      assertTrue(visible(b, ".site-footer .print-only") == 1, "the page's address is printed");
      assertTrue(Files.size(b.pdf("print-article-en")) > 10_000);
    }
  }

  @Test
  void linksToSourcesPrintTheirAddresses() {
    try (Browser b = Browser.open(1440)) {
      b.go("en/glossary/");
      b.media("print");
      String after = (String) b.js("return getComputedStyle(document.querySelector('.sources a[href^=\"http\"]'), '::after').content;");
      assertTrue(after.contains("http"), "an external link prints its address: " + after);
      assertEquals(0, visible(b, CONTROLS));
    }
  }

  @Test
  void aSideBySidePagePrintsInTwoColumns() throws Exception {
    try (Browser b = Browser.open(1440)) {
      b.go("zh-hans/" + ServedEdition.ARTICLE + "parallel/");
      b.media("print");
      @SuppressWarnings("unchecked")
      List<String> stacked = (List<String>) b.js("""
          return [...document.querySelectorAll('.row')].filter(r => {
            const c = r.querySelectorAll('.cell');
            return Math.abs(c[0].getBoundingClientRect().top - c[1].getBoundingClientRect().top) > 1;
          }).map(r => r.id);""");
      assertEquals(List.of(), stacked, "each passage prints beside its translation");
      assertEquals(0, visible(b, CONTROLS));
      assertTrue(Files.size(b.pdf("print-parallel-zh")) > 10_000);
    }
  }
}
