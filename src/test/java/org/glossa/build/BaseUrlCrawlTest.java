package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links between pages are relative (as with Hugo's relativeURLs), so one built site works under any
 * path prefix; only 404.html, which a host serves at any depth, links root-relative with the base
 * path it was built for. The whole edition is crawled over HTTP under a prefix by SubpathCrawlIT.
 */
class BaseUrlCrawlTest {
  @Test
  void everyInternalLinkResolvesUnderThePrefixItWasBuiltFor(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://example.github.io/edition/"), site.err());
    List<String> broken = crawl(site.site(), "https://example.github.io/edition/", true);
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  @Test
  void theSameSiteWorksUnderAnotherPrefix(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://example.github.io/edition/"), site.err());
    for (String base : List.of("https://example.org/", "https://example.org/a/deeper/prefix/")) {
      List<String> broken = crawl(site.site(), base, false);
      assertTrue(broken.isEmpty(), base + "\n" + String.join("\n", broken));
    }
  }

  @Test
  void the404PageKeepsRootRelativeLinksWithTheBasePath(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://example.github.io/edition/"), site.err());
    Document doc = Jsoup.parse(site.read("404.html"));
    List<String> links = doc.select("a[href]:not([href^=#]), link[href], script[src]").eachAttr("href");
    links.addAll(doc.select("script[src]").eachAttr("src"));
    assertTrue(links.size() > 3, links.toString());
    for (String link : links) {
      assertTrue(link.startsWith("/edition/") || link.startsWith("https://"), "404.html is served at any depth: " + link);
    }
  }

  @Test
  void aCustomDomainAtItsRootGetsACnameFileAndAGithubAddressNone(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("build", "--base-url", "https://reading.example.org/"), site.err());
    assertEquals("reading.example.org\n", site.read("CNAME"));
    assertEquals(0, site.run("build", "--base-url", "https://owner.github.io/edition/"), site.err());
    assertTrue(Files.notExists(site.site().resolve("CNAME")));
  }

  /**
   * Returns a line for each link to the site that does not resolve when the site is served at
   * {@code base}: a missing file, a missing anchor or an address outside the base.
   */
  static List<String> crawl(Path siteDir, String base, boolean with404) throws Exception {
    List<String> broken = new ArrayList<>();
    URI baseUri = URI.create(base);
    Map<Path, Document> parsed = new HashMap<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(siteDir)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > 3, "too few pages: " + pages);
    for (Path page : pages) {
      String rel = siteDir.relativize(page).toString().replace('\\', '/');
      if (rel.equals("404.html") && !with404) {
        continue;
      }
      Document doc = parse(parsed, page, baseUri.resolve(rel).toString());
      for (Element e : doc.select("[href], [src]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        URI target = URI.create(e.absUrl(attr));
        if (!baseUri.getHost().equals(target.getHost())) {
          continue;
        }
        String path = target.getPath();
        if (!path.startsWith(baseUri.getPath())) {
          broken.add(rel + ": " + e.attr(attr) + " is outside " + baseUri.getPath());
          continue;
        }
        Path file = siteDir.resolve(path.substring(baseUri.getPath().length()));
        file = path.endsWith("/") ? file.resolve("index.html") : file;
        String fragment = target.getFragment();
        if (!Files.isRegularFile(file)) {
          broken.add(rel + ": " + e.attr(attr) + " → missing " + siteDir.relativize(file));
        } else if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")
            && parse(parsed, file, "").getElementById(fragment) == null) {
          broken.add(rel + ": " + e.attr(attr) + " → no element #" + fragment);
        }
      }
    }
    return broken;
  }

  private static Document parse(Map<Path, Document> parsed, Path file, String uri) throws Exception {
    if (!uri.isEmpty()) {
      return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), uri);
    }
    Document doc = parsed.get(file);
    if (doc == null) {
      doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
      parsed.put(file, doc);
    }
    return doc;
  }
}
