package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.build.HostileSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8, fact 2, in a real browser: an edition whose glossary definitions, Markdown, attribute
 * blocks, links and notes all try to run script ({@link HostileSite}) is built with rawHtml off and
 * on, and every page is opened, every term hovered and focused (which shows the definition), every
 * unit hovered and every content link clicked in headless Chromium. The attacks call
 * {@code window.__pwned}, which the browser records before any page script runs; a control page
 * proves the recording works.
 */
class SecurityBrowserIT {
  @TempDir static Path dir;
  static StaticServer server;
  ChromeDriver driver;

  @BeforeAll
  static void startServer() throws Exception {
    server = new StaticServer();
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

  private Path build(String name, String files) throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve(name), files);
    assertEquals(0, site.run("build", "--base-url", server.url()), site.err());
    Files.writeString(site.site().resolve("control.html"),
        "<!DOCTYPE html><title>control</title><img src=x onerror=\"window.__pwned('control')\">");
    return site.site();
  }

  private void startBrowser() {
    driver = Chromium.start(1280, 900);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__calls = []; window.__pwned = function (what) { window.__calls.push(String(what)); };"
            + "window.alert = window.confirm = window.prompt = function (m) { window.__calls.push('dialog ' + m); };"));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** What script recorded, once every image has loaded or failed (error handlers run then) and a moment has passed. */
  @SuppressWarnings("unchecked")
  private List<String> calls() {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
        js("return Array.from(document.images).every(function (i) { return i.complete; });")));
    return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; setTimeout(function () { done(window.__calls || ['the recorder is missing']); }, 300);");
  }

  /** Opens a page and does what a reader does: hover and focus terms, hover units, click links in the text. */
  private List<String> visit(String path) {
    driver.get(server.url() + path);
    for (WebElement term : driver.findElements(By.cssSelector("a.term"))) {
      js("arguments[0].scrollIntoView({block: 'center'})", term);
      new Actions(driver).moveToElement(term).perform();
      js("arguments[0].focus()", term);
    }
    for (WebElement unit : driver.findElements(By.cssSelector(".unit, .cell, .long, .short, .notes li, .article-note, .term-tip"))) {
      if (unit.isDisplayed()) {
        js("arguments[0].scrollIntoView({block: 'center'})", unit);
        new Actions(driver).moveToElement(unit).perform();
      }
    }
    js("document.querySelectorAll('.unit a:not(.term):not(.note-ref), .long a, .notes a:not(.backref)').forEach(function (a) {"
        + " a.addEventListener('click', function (e) { if (!(a.getAttribute('href') || '').match(/^(https?:|mailto:|#|\\/)/)) { return; } e.preventDefault(); });"
        + " a.click(); });");
    return calls();
  }

  private List<String> pages(Path site) throws Exception {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.getFileName().toString().equals("index.html"))
          .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
          .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
    }
  }

  private void assertNoScriptRuns(Path site) throws Exception {
    server.serve(site);
    startBrowser();
    List<String> visited = pages(site);
    assertTrue(visited.contains("en/talks/hostile/") && visited.contains("zh-hans/glossary/"), visited.toString());
    for (String page : visited) {
      assertEquals(List.of(), visit(page), "script ran on " + page);
    }
    driver.get(server.url() + "control.html");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !calls().isEmpty());
    assertEquals(List.of("control"), calls(), "the recorder sees script that does run");
  }

  @Test
  void noScriptRunsFromHostileContentWithRawHtmlOff() throws Exception {
    assertNoScriptRuns(build("off", HostileSite.FILES));
  }

  @Test
  void noScriptRunsFromHostileContentWithRawHtmlOn() throws Exception {
    assertNoScriptRuns(build("on", HostileSite.FILES_WITH_RAW_HTML));
  }
}
