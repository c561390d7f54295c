package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * A glossary term's popover (WCAG 1.4.13, content on hover or focus): it opens on hover, focus and a
 * first tap, stays on screen wherever the term is, stays open while the pointer is on it so that its
 * link can be followed, and closes on Escape without opening again by itself.
 */
class PopoverIT {
  static final String ARTICLE = "en/" + ServedEdition.OTHER_ARTICLE;

  static WebElement popover(Browser b) {
    List<WebElement> tips = b.all(".term-popover");
    return tips.isEmpty() ? null : tips.get(0);
  }

  /** The popover's box lies inside the window. */
  static void assertOnScreen(Browser b) {
    String box = (String) b.js("const r = document.querySelector('.term-popover').getBoundingClientRect();"
        + "return [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');");
    String[] v = box.split(",");
    assertTrue(Integer.parseInt(v[0]) >= 0 && Integer.parseInt(v[1]) >= 0 && Integer.parseInt(v[2]) <= b.width
        && Integer.parseInt(v[3]) <= b.height, "the popover (" + box + ") is inside the " + b.width + "×" + b.height + " window");
  }

  /** Puts a term at {@code fraction} of the window's height and returns it. */
  static WebElement termAt(Browser b, String entry, double fraction) {
    WebElement term = b.find("a.term[data-term='" + entry + "']");
    b.js("const r = arguments[0].getBoundingClientRect(); window.scrollBy({top: r.top - innerHeight * arguments[1], behavior: 'instant'});",
        term, fraction);
    return term;
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1440, 960, 390, 320})
  void thePopoverStaysOnScreenAtTheTopAndBottomOfTheWindow(int width) {
    try (Browser b = Browser.open(width)) {
      b.go(ARTICLE);
      String entry = (String) b.js("return document.querySelector('.article-body a.term').dataset.term;");
      for (double at : new double[] {0.03, 0.5, 0.95}) {
        b.js("arguments[0].focus({preventScroll: true})", termAt(b, entry, at));
        assertNotNull(popover(b), "focus shows the popover");
        assertOnScreen(b);
        b.js("document.activeElement.blur()");
      }
    }
  }

  @Test
  void hoverShowsThePopoverWhichStaysOpenWhileHoveredAndItsLinkCanBeFollowed() throws Exception {
    try (Browser b = Browser.open(1440)) {
      b.go(ARTICLE);
      WebElement term = termAt(b, "rag", 0.4);
      new Actions(b.driver).moveToElement(term).perform();
      WebElement tip = popover(b);
      assertNotNull(tip, "hover shows the popover");
      assertTrue(tip.getText().toLowerCase().contains("retrieval"), tip.getText());
      assertEquals("true", term.getAttribute("aria-expanded"));
      // Across the gap and onto the popover: it stays.
      WebElement more = b.find(".term-popover a.more");
      new Actions(b.driver).moveToElement(more).perform();
      Thread.sleep(600);
      assertNotNull(popover(b), "the popover stays open while the pointer is on it");
      new Actions(b.driver).click(more).perform();
      b.settle();
      assertEquals("en/glossary/#rag", b.path(), "its link leads to the entry");
    }
  }

  @Test
  void leavingTheTermClosesThePopover() throws Exception {
    try (Browser b = Browser.open(1440)) {
      b.go(ARTICLE);
      WebElement term = termAt(b, "rag", 0.4);
      new Actions(b.driver).moveToElement(term).perform();
      assertNotNull(popover(b));
      new Actions(b.driver).moveToElement(b.find("h1")).perform();
      Thread.sleep(600);
      assertNull(popover(b), "the pointer left term and popover");
    }
  }

  @Test
  void escapeClosesThePopoverAndItDoesNotOpenAgainByItself() throws Exception {
    try (Browser b = Browser.open(1440)) {
      b.go(ARTICLE);
      WebElement term = termAt(b, "rag", 0.4);
      new Actions(b.driver).moveToElement(term).perform();
      assertNotNull(popover(b));
      new Actions(b.driver).sendKeys(Keys.ESCAPE).perform();
      assertNull(popover(b), "Escape closes it while hovered");
      new Actions(b.driver).moveByOffset(2, 0).perform();
      Thread.sleep(400);
      assertNull(popover(b), "moving within the term does not open it again");

      b.js("arguments[0].focus()", term);
      assertNotNull(popover(b), "keyboard focus shows it");
      term.sendKeys(Keys.ESCAPE);
      Thread.sleep(400);
      assertNull(popover(b), "Escape closes it and it stays closed");
      assertEquals(term, b.driver.switchTo().activeElement(), "focus stays on the term");
      term.sendKeys(Keys.TAB);
      assertTrue(popover(b) == null || !"rag".equals(b.js("return document.activeElement.dataset.term")), "focus moved on");
    }
  }

  @Test
  void aFirstTapShowsTheDefinitionAndASecondFollowsTheLink() {
    try (Browser b = Browser.open(390)) {
      b.go(ARTICLE);
      WebElement term = termAt(b, "rag", 0.5);
      PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
      Sequence tap = new Sequence(finger, 0)
          .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(term), 0, 0))
          .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
          .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
      String before = b.path();
      b.driver.perform(List.of(tap));
      assertNotNull(popover(b), "a first tap shows the popover");
      assertOnScreen(b);
      assertEquals(before, b.path(), "a first tap does not leave the page");
      b.driver.perform(List.of(tap));
      b.settle();
      assertEquals("en/glossary/#rag", b.path(), "a second tap follows the link");
    }
  }
}
