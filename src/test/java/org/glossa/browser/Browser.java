package org.glossa.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window of a given width on the served edition: navigation that waits until
 * the page has settled (fonts loaded, the script's layout done), the console's errors, screenshots
 * into target/screenshots/, and axe-core with the WCAG 2.2 AA rules.
 */
final class Browser implements AutoCloseable {
  static final Path SHOTS = Path.of("target/screenshots");
  /** axe-core 4.14.1 from npm (MPL-2.0, licence beside it): newer rules than the one bundled with the Selenium binding. */
  static final String AXE_SCRIPT = resource("/axe-core/axe.min.js");
  static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");

  final ChromeDriver driver;
  final int width;
  final int height;
  private final boolean javascript;

  private Browser(ChromeDriver driver, int width, int height, boolean javascript) {
    this.driver = driver;
    this.width = width;
    this.height = height;
    this.javascript = javascript;
  }

  static Browser open(int width) {
    return open(width, 900, true);
  }

  static Browser open(int width, int height, boolean javascript) {
    return new Browser(Chromium.start(width, height, javascript), width, height, javascript);
  }

  /** Opens a page of the edition ({@code en/glossary/}) and waits until it has settled. */
  Browser go(String path) {
    driver.get(ServedEdition.url() + path);
    settle();
    return this;
  }

  /** Waits for the document, its fonts and two animation frames (the script lays out margin notes in one). */
  void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(js("return document.readyState")));
    if (!javascript) {
      return;
    }
    ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() =>"
            + " requestAnimationFrame(() => requestAnimationFrame(() => done(true))));");
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  long number(String script, Object... args) {
    return Math.round(((Number) js(script, args)).doubleValue());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String path() {
    return driver.getCurrentUrl().substring(ServedEdition.url().length());
  }

  /** How far the page scrolls sideways (0 when nothing sticks out). */
  long horizontalOverflow() {
    return number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  /** Console messages at error level since the last call (Chromium's log is drained by reading it). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .collect(Collectors.toList());
  }

  /** Emulates the reader's system setting for light or dark. */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Emulates the print medium (or the screen again, with null). */
  void media(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media == null ? "" : media));
  }

  /** A screenshot of the top of the page (up to 3,000 px), for a person to look at. */
  Path screenshot(String name) {
    long pageHeight = Math.min(3000, number("return document.documentElement.scrollHeight"));
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", pageHeight, "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return write(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The page printed to PDF on A4, for a person to look at. */
  Path pdf(String name) {
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
        Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
    return write(name + ".pdf", Base64.getDecoder().decode((String) pdf.get("data")));
  }

  /** axe-core's violations of WCAG 2.0–2.2 A/AA and its best practices, one line each (none: empty). */
  List<String> axeViolations() {
    return axe("tag", WCAG_22_AA);
  }

  /** axe-core's violations of the rules about colour alone (for the same page in another theme). */
  List<String> axeColourViolations() {
    return axe("rule", List.of("color-contrast", "link-in-text-block"));
  }

  private List<String> axe(String type, List<String> values) {
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType(type);
    only.setValues(values);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(only);
    // Only violations come back in full: the passes of a long page make megabytes of JSON.
    options.setResultTypes(List.of("violations"));
    AxeBuilder axe = new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(AXE_SCRIPT)).withOptions(options);
    Results results = axe.analyze(driver);
    return results.getViolations().stream()
        .map(r -> r.getId() + " (" + r.getHelp() + "): " + r.getNodes().stream().limit(4).map(n -> n.getTarget().toString()).toList())
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path write(String name, byte[] bytes) {
    try {
      Files.createDirectories(SHOTS);
      return Files.write(SHOTS.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Browser.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
