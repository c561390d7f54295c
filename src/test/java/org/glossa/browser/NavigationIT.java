package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moving around the edition keeps the reader's place: the header's language link leads to the same
 * article in the same reading mode (and to the same passage or glossary entry), switching reading
 * mode keeps the passage in view, a term's link stops below the glossary's letter bar, and the
 * chosen reading mode and theme are remembered.
 */
class NavigationIT {
  static final String ARTICLE = ServedEdition.ARTICLE;

  /** Scrolls a passage to a third of the window's height, as a reader would have it. */
  static void readAt(Browser b, String id) {
    // Passages far off screen are laid out only as they come near (content-visibility), so the first
    // scroll lands near the passage and the next ones settle it, as a reader's eye would.
    for (int i = 0; i < 5; i++) {
      long off = b.number("const e = document.getElementById(arguments[0]); const d = e.getBoundingClientRect().top - innerHeight / 3 + 4;"
          + "window.scrollBy({top: d, behavior: 'instant'}); return d;", id);
      b.settle();
      if (Math.abs(off) < 2) {
        return;
      }
    }
  }

  /** Where an element's top is in the window, in px; within [0, height) when the reader sees it. */
  static long topInWindow(Browser b, String id) {
    return b.number("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id);
  }

  static void assertInView(Browser b, String id) {
    long top = topInWindow(b, id);
    assertTrue(top >= 0 && top < b.height - 40, "#" + id + " is in view on " + b.path() + " (its top is at " + top + " px)");
  }

  @Test
  void everyLanguageLinkOfAnArticleLeadsToTheSameArticleInTheSameMode() {
    try (Browser b = Browser.open(1440)) {
      for (String mode : List.of("", "parallel/", "interleaved/")) {
        b.go("en/" + ARTICLE + mode);
        assertEquals(ServedEdition.url() + "zh-hans/" + ARTICLE + mode, b.find(".languages a[hreflang=zh-Hans]").getAttribute("href"), mode);
        b.go("zh-hans/" + ARTICLE + mode);
        assertEquals(ServedEdition.url() + "en/" + ARTICLE + mode, b.find(".languages a[hreflang=en]").getAttribute("href"), mode);
      }
      b.go("en/glossary/");
      assertEquals(ServedEdition.url() + "zh-hans/glossary/", b.find(".languages a[hreflang=zh-Hans]").getAttribute("href"));
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 390})
  void theLanguageLinkKeepsThePassageInView(int width) {
    try (Browser b = Browser.open(width)) {
      b.go("en/" + ARTICLE + "interleaved/");
      readAt(b, "p12");
      b.find(".languages a[hreflang=zh-Hans]").click();
      b.settle();
      assertEquals("zh-hans/" + ARTICLE + "interleaved/#p12", b.path());
      assertInView(b, "p12");
    }
  }

  @Test
  void theLanguageLinkKeepsTheGlossaryEntry() {
    try (Browser b = Browser.open(960)) {
      b.go("en/glossary/#rag");
      b.find(".languages a[hreflang=zh-Hans]").click();
      b.settle();
      assertEquals("zh-hans/glossary/#rag", b.path());
      assertInView(b, "rag");
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 960, 390})
  void switchingModeKeepsThePassageInView(int width) {
    try (Browser b = Browser.open(width)) {
      b.go("en/" + ARTICLE);
      readAt(b, "p20");
      long before = topInWindow(b, "p20");
      for (String mode : List.of("parallel", "interleaved", "zh-Hans", "en")) {
        b.find(".modes a[data-mode=" + mode + "]").click();
        b.settle();
        assertTrue(b.path().endsWith("#p20"), mode + ": " + b.path());
        assertInView(b, "p20");
        assertTrue(Math.abs(topInWindow(b, "p20") - before) <= 60, mode + ": the passage stays where it was (" + before + " → "
            + topInWindow(b, "p20") + " px)");
      }
    }
  }

  @Test
  void aPassageReachedByItsAddressIsMarkedInEveryMode() {
    try (Browser b = Browser.open(1440)) {
      for (String mode : List.of("", "parallel/", "interleaved/")) {
        b.go("en/" + ARTICLE + mode + "#p12");
        String plain = (String) b.js("return getComputedStyle(document.getElementById('p11')).backgroundColor;");
        String marked = (String) b.js("return getComputedStyle(document.getElementById('p12')).backgroundColor;");
        assertTrue(!marked.equals(plain), mode + ": #p12 is highlighted (" + marked + " against " + plain + ")");
        assertInView(b, "p12");
      }
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 390})
  void aTermLinkStopsBelowTheGlossaryLetterBar(int width) {
    try (Browser b = Browser.open(width)) {
      b.go("zh-hans/" + ARTICLE);
      String href = b.find("a.term").getAttribute("href");
      String id = href.substring(href.indexOf('#') + 1);
      b.driver.get(href);
      b.settle();
      long barBottom = b.number("return document.querySelector('.jump-bar').getBoundingClientRect().bottom;");
      long entryTop = topInWindow(b, id);
      assertTrue(entryTop >= barBottom, "the entry's headword (" + entryTop + " px) is below the letter bar (" + barBottom + " px)");
      assertInView(b, id);
    }
  }

  @Test
  void theChosenReadingModeIsRememberedForTheNextArticle() {
    try (Browser b = Browser.open(1280)) {
      b.go("en/" + ARTICLE);
      b.js("localStorage.clear()");
      b.find(".modes a[data-mode=parallel]").click();
      b.find(".site-nav a").click();
      b.find("a.article-link[href*='" + ServedEdition.OTHER_ARTICLE + "']").click();
      b.settle();
      assertTrue(b.path().endsWith("en/" + ServedEdition.OTHER_ARTICLE + "parallel/"), b.path());
      b.find(".modes a[data-mode=en]").click();
      b.find(".site-nav a").click();
      b.find("a.article-link[href*='" + ARTICLE + "']").click();
      b.settle();
      assertEquals("en/" + ARTICLE, b.path(), "choosing a language alone is remembered too");
    }
  }

  @Test
  void theThemeSwitchIsRememberedAcrossPages() {
    try (Browser b = Browser.open(1440)) {
      b.colorScheme("light");
      b.go("en/");
      b.js("localStorage.clear()");
      String light = (String) b.js("return getComputedStyle(document.documentElement).backgroundColor;");
      assertEquals("false", b.find(".theme-toggle").getAttribute("aria-pressed"));
      b.find(".theme-toggle").click();
      assertEquals("true", b.find(".theme-toggle").getAttribute("aria-pressed"));
      b.go("zh-hans/" + ARTICLE);
      assertEquals("dark", b.js("return document.documentElement.getAttribute('data-theme');"));
      String dark = (String) b.js("return getComputedStyle(document.documentElement).backgroundColor;");
      assertTrue(!dark.equals(light), "the page is dark: " + dark);
      b.find(".theme-toggle").click();
      b.go("en/glossary/");
      assertEquals(light, b.js("return getComputedStyle(document.documentElement).backgroundColor;"), "back to light, as the system is");
      assertEquals(null, b.js("return localStorage.getItem('glossa.theme');"), "choosing the system's own theme forgets the choice");
    }
  }
}
