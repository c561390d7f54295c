package org.glossa.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its chromedriver. Where they are missing, browser tests are
 * skipped with the command that installs them; on CI (CI=true) that is a failure instead.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL = "apt-get install chromium chromium-driver";

  private Chromium() {}

  static ChromeDriver start(int width, int height) {
    return start(width, height, true);
  }

  /** A window of exactly {@code width} × {@code height} CSS pixels; a phone (touch, mobile viewport) below 500 px. */
  static ChromeDriver start(int width, int height, boolean javascript) {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!present) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("CI must run the browser tests, but Chromium is missing: " + INSTALL);
      }
      Assumptions.abort("browser tests skipped: Chromium is missing; install it with: " + INSTALL);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height);
    // The console, for tests that no page logs an error.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // Headless windows have a minimum width; emulate the exact viewport (a phone below 500 px).
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    if (width < 500) {
      driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }
    return driver;
  }
}
