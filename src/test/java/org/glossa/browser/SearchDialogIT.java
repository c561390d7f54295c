package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glossa.search.SearchFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The search dialog of templates/assets/search.js in Chromium, on small pages that load it the
 * way the site's templates will: the index is fetched only when search opens, "/" opens it,
 * arrows move, Enter goes to the passage in the page's language and mode, highlighted hits.
 */
class SearchDialogIT {
  /** Long enough for a loaded two-core CI machine: the index is fetched and parsed when search first opens. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir static Path site;
  static StaticServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void serve() throws Exception {
    SearchFixtures.write(site.resolve("search"));
    Files.createDirectories(site.resolve("assets"));
    Files.copy(Path.of("templates/assets/search.js"), site.resolve("assets/search.js"));
    Files.copy(Path.of("templates/assets/glossa.css"), site.resolve("assets/glossa.css"));
    page("zh-hans/a/index.html", "zh-Hans", "/search/zh-Hans.json", "");
    page("zh-hans/a/parallel/index.html", "zh-Hans", "/search/zh-Hans.json", "parallel/");
    page("en/a/index.html", "en", "/search/en.json", "");
    Files.writeString(site.resolve("404.html"), "<!doctype html><title>404</title>");
    server = new StaticServer();
    server.serve(site);
    driver = Chromium.start(960, 800);
  }

  static void page(String path, String lang, String index, String mode) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      body.append("<p id=\"p").append(i).append("\">Passage ").append(i).append("</p>\n");
    }
    String html = "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>t</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/glossa.css\">"
        + "<script src=\"/assets/search.js\" data-index=\"" + index + "\" data-base=\"/\" data-mode=\"" + mode
        + "\" data-label=\"搜索\" data-placeholder=\"搜索全文\" data-empty=\"没有找到\" defer></script></head><body>"
        + "<header><button type=\"button\" data-search-open>Search</button></header>" + body + "</body></html>";
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
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

  private static List<WebElement> results(int atLeast) {
    new WebDriverWait(driver, WAIT)
        .until(d -> d.findElements(By.cssSelector(".glossa-search-results [role=option]")).size() >= atLeast);
    return driver.findElements(By.cssSelector(".glossa-search-results [role=option]"));
  }

  private static long indexRequests() {
    Object n = ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('.json')).length");
    return (Long) n;
  }

  @Test
  void slashOpensSearchLoadsTheIndexAndEnterGoesToThePassage() {
    driver.get(server.url() + "zh-hans/a/");
    assertEquals(0, indexRequests(), "the index is not loaded before search opens");
    new Actions(driver).sendKeys("/").perform();
    WebElement input = driver.switchTo().activeElement();
    assertEquals("glossa-search-input", input.getAttribute("class"));
    input.sendKeys("混元");
    List<WebElement> options = results(1);
    assertEquals(1, indexRequests());
    assertEquals("p2", options.get(0).findElement(By.tagName("a")).getAttribute("href").replaceAll(".*#", ""));
    List<String> marks = options.get(0).findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marks.contains("混元大模型") || marks.contains("混元"), marks.toString());
    assertEquals("true", options.get(0).getAttribute("aria-selected"));
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("#p2"));
    assertTrue(driver.getCurrentUrl().endsWith("/zh-hans/a/#p2"), driver.getCurrentUrl());
  }

  @Test
  void arrowsMoveAndTheLinkKeepsTheReadingMode() {
    driver.get(server.url() + "zh-hans/a/parallel/");
    driver.findElement(By.cssSelector("[data-search-open]")).click();
    WebElement input = driver.switchTo().activeElement();
    input.sendKeys("会议");
    List<WebElement> options = results(2);
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", options.get(1).getAttribute("aria-selected"));
    assertEquals(options.get(1).getAttribute("id"), input.getAttribute("aria-activedescendant"));
    String target = options.get(1).findElement(By.tagName("a")).getAttribute("href");
    assertTrue(target.contains("/zh-hans/a/parallel/#p"), target);
    input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
    assertEquals("true", options.get(options.size() - 1).getAttribute("aria-selected"), "up from the first wraps to the last");
    input.sendKeys(Keys.ENTER);
    String expected = options.get(options.size() - 1).findElement(By.tagName("a")).getAttribute("href");
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(expected));
  }

  @Test
  void aTraditionalOrChineseQueryFindsEnglishPassagesThroughTheGlossary() {
    driver.get(server.url() + "en/a/");
    new Actions(driver).sendKeys("/").perform();
    WebElement input = driver.switchTo().activeElement();
    input.sendKeys("騰訊會議");
    List<WebElement> options = results(1);
    assertTrue(options.get(0).getText().contains("Tencent Meeting"), options.get(0).getText());
    input.clear();
    input.sendKeys("xyzzy");
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".glossa-search-status")).getText().equals("没有找到"));
    assertTrue(driver.findElements(By.cssSelector(".glossa-search-results [role=option]")).isEmpty());
    input.sendKeys(Keys.ESCAPE);
    assertFalse(driver.findElement(By.cssSelector("dialog.glossa-search")).isDisplayed());
  }

  /** Screenshots at phone and desktop widths (target/screenshots/search-*.png); the dialog never overflows. */
  @Test
  void fitsEveryWidth() throws Exception {
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    for (int width : new int[] {320, 390, 960, 1440}) {
      ChromeDriver sized = Chromium.start(width, 800);
      try {
        sized.get(server.url() + "zh-hans/a/");
        new Actions(sized).sendKeys("/").perform();
        sized.switchTo().activeElement().sendKeys("腾讯");
        new WebDriverWait(sized, WAIT)
            .until(d -> !d.findElements(By.cssSelector(".glossa-search-results [role=option]")).isEmpty());
        long overflow = (Long) sized.executeScript(
            "const r = document.querySelector('dialog.glossa-search').getBoundingClientRect(); return r.right > innerWidth || r.left < 0 ? 1 : 0;");
        assertEquals(0, overflow, "the dialog fits at " + width + " px");
        Files.copy(sized.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(), shots.resolve("search-" + width + ".png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        sized.quit();
      }
    }
  }

  @Test
  void slashInATextFieldIsTyped() {
    driver.get(server.url() + "en/a/");
    ((JavascriptExecutor) driver).executeScript(
        "const i = document.createElement('input'); i.id = 'other'; document.body.prepend(i); i.focus();");
    driver.findElement(By.id("other")).sendKeys("a/b");
    assertEquals("a/b", driver.findElement(By.id("other")).getAttribute("value"));
    assertTrue(driver.findElements(By.cssSelector("dialog.glossa-search[open]")).isEmpty());
  }
}
