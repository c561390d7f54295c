package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.glossa.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The real edition in headless Chromium: glossary popovers by hover, focus and tap; axe-core on
 * every kind of page; no overflow at phone and desktop widths; aligned columns side by side.
 * Screenshots go to target/screenshots/ for a person to look at; none is committed.
 */
class EditionBrowserIT {
  static final String ARTICLE = "en/interviews/ai-beyond-large-models/";
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static StaticServer server;
  ChromeDriver driver;

  @BeforeAll
  static void buildTheEdition() throws Exception {
    server = new StaticServer();
    Path site = dir.resolve("site");
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .run("build", "--out", site.toString(), "--base-url", server.url());
    assertEquals(0, code, err.toString());
    server.serve(site);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(int width, String path) {
    if (driver == null) {
      driver = Chromium.start(width, 900);
    }
    driver.get(server.url() + path);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private WebElement popover() {
    List<WebElement> tips = driver.findElements(By.cssSelector(".term-popover"));
    return tips.isEmpty() ? null : tips.get(0);
  }

  @Test
  void glossaryPopoverOpensOnHoverFocusAndTapAndClosesWithEscape() {
    open(1280, ARTICLE);
    WebElement term = driver.findElement(By.cssSelector("a.term[data-term=rag]"));
    js("arguments[0].scrollIntoView({block: 'center'})", term);

    new Actions(driver).moveToElement(term).perform();
    WebElement tip = popover();
    assertTrue(tip != null && tip.isDisplayed(), "hover shows the popover");
    assertTrue(tip.getText().contains("retrieval"), tip.getText());
    assertEquals("tooltip", tip.getAttribute("role"));

    new Actions(driver).moveByOffset(0, 300).perform();
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    js("document.activeElement.blur()");
    assertEquals(null, popover(), "leaving and Escape close it");

    js("arguments[0].focus()", term);
    assertTrue(popover() != null, "keyboard focus shows the popover");
    term.sendKeys(Keys.ESCAPE);
    assertEquals(null, popover(), "Escape closes it");
    assertEquals(term, driver.switchTo().activeElement(), "focus returns to the term");

    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(term), 0, 0))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    String before = driver.getCurrentUrl();
    driver.perform(List.of(tap));
    assertTrue(popover() != null, "a first tap shows the popover");
    assertEquals(before, driver.getCurrentUrl(), "a first tap does not leave the page");
  }

  @Test
  void everyKindOfPagePassesAxeCore() {
    for (String path : List.of("", "zh-hans/", ARTICLE, "zh-hans/interviews/ai-beyond-large-models/",
        ARTICLE + "parallel/", "zh-hans/interviews/large-models-are-a-marathon/interleaved/", "en/glossary/",
        "zh-hans/glossary/", "404.html")) {
      open(1280, path);
      Results results = new AxeBuilder().analyze(driver);
      String violations = results.getViolations().stream()
          .map((Rule r) -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList())
          .collect(Collectors.joining("\n"));
      assertTrue(results.getViolations().isEmpty(), path + "\n" + violations);
    }
  }

  @Test
  void articlesFitPhoneAndDesktopWidths() throws Exception {
    for (int width : new int[] {390, 1280}) {
      if (driver != null) {
        driver.quit();
        driver = null;
      }
      for (String path : List.of(ARTICLE, ARTICLE + "parallel/", "zh-hans/interviews/ai-beyond-large-models/", "zh-hans/glossary/")) {
        open(width, path);
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, path + " overflows horizontally at " + width + " px");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(path.replaceAll("[/.]+", "_") + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void sideBySideColumnsStartOnTheSameLine() {
    open(1280, ARTICLE + "parallel/");
    @SuppressWarnings("unchecked")
    List<Long> misaligned = (List<Long>) js("""
        return [...document.querySelectorAll('.row')].filter(r => {
          const c = r.querySelectorAll('.cell');
          return c.length === 2 && Math.abs(c[0].getBoundingClientRect().top - c[1].getBoundingClientRect().top) > 1;
        }).map(r => r.id);""");
    assertEquals(List.of(), misaligned);
    open(390, ARTICLE + "parallel/");
  }

  @Test
  void switchingModesKeepsThePassage() {
    open(1280, ARTICLE + "#p12");
    driver.findElement(By.cssSelector(".modes a[data-mode=parallel]")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/parallel/#p12"), driver.getCurrentUrl());
    driver.findElement(By.cssSelector(".modes a[data-mode=zh-Hans]")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/zh-hans/interviews/ai-beyond-large-models/#p12"), driver.getCurrentUrl());
    assertFalse(driver.findElements(By.id("p12")).isEmpty());
  }

  @Test
  void theChosenReadingModeIsRememberedForTheNextArticle() {
    open(1280, ARTICLE);
    js("localStorage.clear()");
    driver.findElement(By.cssSelector(".modes a[data-mode=parallel]")).click();
    driver.findElement(By.cssSelector(".site-nav a")).click();
    driver.findElement(By.cssSelector("a.article-link[href*=large-models-are-a-marathon]")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/en/interviews/large-models-are-a-marathon/parallel/"), driver.getCurrentUrl());
    driver.findElement(By.cssSelector(".modes a[data-mode=en]")).click();
    driver.findElement(By.cssSelector(".site-nav a")).click();
    driver.findElement(By.cssSelector("a.article-link[href*=ai-beyond-large-models]")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/en/interviews/ai-beyond-large-models/"), "choosing a language alone is remembered too: " + driver.getCurrentUrl());
  }
}
