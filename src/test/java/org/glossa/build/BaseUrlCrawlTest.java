package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds under a GitHub project-pages prefix and crawls the output: every internal href and src
 * must start with the prefix and resolve to a file of the site.
 */
class BaseUrlCrawlTest {
  static final String PREFIX = "/edition/";

  @Test
  void everyInternalLinkResolvesUnderAProjectPagesPrefix(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://example.github.io/edition/"), site.err());
    List<String> broken = crawl(site.site(), "https://example.github.io" + PREFIX);
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  @Test
  void theRealEditionHasNoBrokenLinksUnderAPrefix(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, "");
    assertEquals(0, new org.glossa.cli.Main(new java.io.PrintWriter(System.out), new java.io.PrintWriter(System.err))
        .run("build", "--content", "content", "--templates", "templates", "--out", site.site().toString(),
            "--base-url", "https://example.github.io/edition/", "--quiet"));
    List<String> broken = crawl(site.site(), "https://example.github.io" + PREFIX);
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  /** Returns a line for each internal link that does not resolve. */
  static List<String> crawl(Path siteDir, String base) throws Exception {
    List<String> broken = new ArrayList<>();
    URI baseUri = URI.create(base);
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(siteDir)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > 3, "too few pages: " + pages);
    for (Path page : pages) {
      String rel = siteDir.relativize(page).toString().replace('\\', '/');
      Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), baseUri.resolve(rel).toString());
      for (Element e : doc.select("[href], [src]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        String raw = e.attr(attr);
        String abs = e.absUrl(attr);
        if (raw.isEmpty() || !abs.startsWith("https://example.github.io/") && !raw.startsWith("/")) {
          continue;
        }
        URI target = URI.create(abs);
        if (!target.getHost().equals(baseUri.getHost())) {
          continue;
        }
        String path = target.getPath();
        if (!path.startsWith(PREFIX)) {
          broken.add(rel + ": " + raw + " is outside " + PREFIX);
          continue;
        }
        Path file = siteDir.resolve(path.substring(PREFIX.length()));
        if (path.endsWith("/")) {
          file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
          broken.add(rel + ": " + raw + " → missing " + siteDir.relativize(file));
          continue;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
          Document targetDoc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
          if (targetDoc.getElementById(fragment) == null) {
            broken.add(rel + ": " + raw + " → no element #" + fragment);
          }
        }
      }
    }
    return broken;
  }
}
