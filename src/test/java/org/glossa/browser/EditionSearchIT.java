package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glossa.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on the real edition, in Chromium, with the header's button and the indexes the build
 * writes: the queries return the right passage first, in the page's language, and the
 * first result lands on its passage in the same reading mode. The site is built for another
 * address and served below {@code /mirror/}: the search script finds its index and makes its links
 * relative to where the site really is (GitHub Pages' project path, a preview, a copy).
 */
class EditionSearchIT {
  static final String A = "interviews/ai-beyond-large-models/";
  static final String M = "interviews/large-models-are-a-marathon/";
  @TempDir static Path dir;
  static StaticServer server;
  static ChromeDriver driver;
  static String root;

  @BeforeAll
  static void serve() throws Exception {
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .run("build", "--out", dir.resolve("mirror").toString(), "--base-url", "https://example.org/edition/");
    assertEquals(0, code, err.toString());
    server = new StaticServer();
    server.serve(dir);
    root = server.url() + "mirror/";
    driver = Chromium.start(1200, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** page, query, expected first passage (path below the site root and #id), a word its text holds. */
  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource({
      "zh-hans/" + A + ", 混元, zh-hans/" + A + "#p12, 混元大模型",
      "zh-hans/" + A + ", 腾讯会议, zh-hans/" + M + "#p25, 腾讯会议",
      "zh-hans/" + A + ", 马化腾, zh-hans/" + A + "#p1, 马化腾",
      "zh-hans/" + A + ", 算力, zh-hans/" + A + "#p23, 算力",
      "zh-hans/" + A + ", 騰訊, zh-hans/" + M + "#p9, 腾讯",
      "zh-hans/" + A + ", agent, zh-hans/" + A + "#p15, 智能体",
      "zh-hans/" + A + ", fine-tuning, zh-hans/" + A + "#p12, 精调",
      "zh-hant/" + M + ", 混元, zh-hant/" + A + "#p12, 混元大模型",
      "zh-hant/" + M + ", 腾讯会议, zh-hant/" + M + "#p25, 騰訊會議",
      "zh-hant/" + M + ", 马化腾, zh-hant/" + A + "#p1, 馬化騰",
      "zh-hant/" + M + ", 算力, zh-hant/" + A + "#p23, 算力",
      "zh-hant/" + M + ", 騰訊, zh-hant/" + M + "#p9, 騰訊",
      "zh-hant/" + M + ", agent, zh-hant/" + A + "#p15, 智能體",
      "en/" + A + ", 混元, en/" + A + "#p12, Hunyuan",
      "en/" + A + ", 马化腾, en/" + A + "#p1, Pony Ma",
      "en/" + A + ", 騰訊, en/" + A + "#p1, Tencent",
      "en/" + A + ", agent, en/" + A + "#p15, agent",
      "en/" + A + ", fine-tuning, en/" + M + "#p17, fine-tun",
  })
  void returnsTheRightPassageFirstInThePagesLanguage(String page, String query, String expected, String word) {
    List<WebElement> options = search(page, query);
    WebElement first = options.get(0);
    String href = first.findElement(By.tagName("a")).getAttribute("href");
    assertEquals(root + expected, href, query + " on " + page + ": " + first.getText());
    assertTrue(first.getText().contains(word), first.getText());
  }

  @Test
  void slashOpensSearchAndEnterLandsOnThePassageInTheSameMode() {
    driver.get(root + "zh-hant/" + A + "parallel/");
    assertEquals(0L, indexRequests(), "the index is loaded only when search opens");
    new Actions(driver).sendKeys("/").perform();
    WebElement input = driver.switchTo().activeElement();
    assertEquals("glossa-search-input", input.getAttribute("class"));
    input.sendKeys("腾讯会议");
    List<WebElement> options = results();
    String target = options.get(0).findElement(By.tagName("a")).getAttribute("href");
    assertTrue(target.startsWith(root + "zh-hant/") && target.contains("/parallel/#p"), target);
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().equals(target));
    String id = target.substring(target.indexOf('#') + 1);
    WebElement passage = driver.findElement(By.id(id));
    assertTrue(passage.getText().contains("騰訊會議"), passage.getText());
    long top = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top)", id);
    assertTrue(top >= -5 && top < 300, "the passage is scrolled to the top of the window: " + top);
  }

  /** The dialog over a zh-Hant article on a phone and a laptop (target/screenshots/edition-search-*.png): it fits. */
  @Test
  void theDialogFitsAPhoneAndALaptop() throws Exception {
    Path shots = java.nio.file.Files.createDirectories(Path.of("target/screenshots"));
    for (int width : new int[] {390, 1440}) {
      ChromeDriver sized = Chromium.start(width, 900);
      try {
        sized.get(root + "zh-hant/" + M);
        sized.findElement(By.cssSelector(".site-header [data-search-open]")).click();
        sized.switchTo().activeElement().sendKeys("騰訊雲");
        new WebDriverWait(sized, Duration.ofSeconds(30))
            .until(d -> !d.findElements(By.cssSelector(".glossa-search-results [role=option]")).isEmpty());
        long overflow = (Long) sized.executeScript("const r = document.querySelector('dialog.glossa-search').getBoundingClientRect();"
            + " return r.right > innerWidth || r.left < 0 || document.documentElement.scrollWidth > innerWidth ? 1 : 0;");
        assertEquals(0L, overflow, "the dialog fits at " + width + " px");
        java.nio.file.Files.copy(sized.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
            shots.resolve("edition-search-" + width + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        sized.quit();
      }
    }
  }

  private static List<WebElement> search(String page, String query) {
    driver.get(root + page);
    driver.findElement(By.cssSelector(".site-header [data-search-open]")).click();
    WebElement input = driver.switchTo().activeElement();
    assertEquals("glossa-search-input", input.getAttribute("class"));
    input.sendKeys(query);
    return results();
  }

  private static List<WebElement> results() {
    By option = By.cssSelector(".glossa-search-results [role=option]");
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(option).isEmpty());
    return driver.findElements(option);
  }

  private static long indexRequests() {
    return (Long) ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('search.json')).length");
  }
}
