package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edition as GitHub Pages serves a project site: built by the jar with
 * {@code --base-url http://127.0.0.1:PORT/edition/}, served under {@code /edition/} by a plain
 * static server, crawled from the root and from the sitemap. No link, asset or anchor may be broken
 * and no address may leave {@code /edition/}.
 */
class SubpathCrawlIT {
  static final String MOUNT = "/edition/";
  static final Path JAR = Path.of("target/glossa.jar").toAbsolutePath();
  static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

  @TempDir static Path dir;
  static StaticServer server;
  static Path site;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void buildAndServe() throws Exception {
    server = new StaticServer(MOUNT);
    base = server.url();
    site = dir.resolve("site");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
        "build", "--content", Path.of("content").toAbsolutePath().toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
        "--out", site.toString(), "--base-url", base, "--quiet");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    server.serve(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** What the crawl found: pages fetched, problems, and the anchors to check once every page is in. */
  private static final class Crawl {
    final Set<String> fetched = new LinkedHashSet<>();
    final Deque<String> queue = new ArrayDeque<>();
    final List<String> problems = new ArrayList<>();
    final Map<String, Document> pages = new HashMap<>();
    final Map<String, Set<String>> anchors = new HashMap<>();
  }

  @Test
  void everyPageReachedFromTheRootAndTheSitemapHasNoBrokenLinkAssetOrAnchor() throws Exception {
    Crawl crawl = new Crawl();
    crawl.queue.add(base);
    sitemapUrls(crawl).forEach(crawl.queue::add);
    while (!crawl.queue.isEmpty()) {
      visit(crawl, crawl.queue.poll());
    }
    crawl.anchors.forEach((page, ids) -> ids.forEach(id -> {
      Document doc = crawl.pages.get(page);
      if (doc != null && doc.getElementById(id) == null) {
        crawl.problems.add(page + "#" + id + ": no such anchor");
      }
    }));
    assertEquals(List.of(), crawl.problems);
    assertTrue(crawl.fetched.contains(base + "manual/"), "the footer links to the manual beside the edition");
    assertEquals(List.of(), unreached(crawl), "pages in the output that no link or sitemap entry reaches");
    List<String> outside = server.requests().stream().filter(r -> !r.startsWith(MOUNT)).toList();
    assertEquals(List.of(), outside, "requests outside " + MOUNT);
  }

  @Test
  void theNotFoundPageWorksAtAnyDepth() throws Exception {
    Crawl crawl = new Crawl();
    for (String missing : List.of(base + "no-such-page", base + "en/interviews/no/such/page/")) {
      HttpResponse<String> response = get(missing);
      assertEquals(404, response.statusCode(), missing);
      Document doc = Jsoup.parse(response.body(), missing);
      assertTrue(doc.select("a[href]").size() > 1, "the 404 page links to the homes");
      links(missing, doc).forEach(link -> {
        if (link.startsWith(base) && !link.startsWith(missing + "#") && !isManual(link)) {
          crawl.queue.add(link);
        }
      });
    }
    for (String link : crawl.queue) {
      String page = link.replaceAll("#.*", "");
      assertEquals(200, get(page).statusCode(), "from the 404 page: " + link);
    }
  }

  @Test
  void robotsAndFeedsNameTheAbsoluteAddress() throws Exception {
    assertTrue(get(base + "robots.txt").body().contains("Sitemap: " + base + "sitemap.xml"));
    for (String feed : List.of("en/feed.xml", "zh-hans/feed.xml")) {
      Document xml = Jsoup.parse(get(base + feed).body(), "", Parser.xmlParser());
      List<String> links = xml.select("link[href]").eachAttr("href");
      assertTrue(links.size() > 2, feed);
      for (String link : links) {
        assertTrue(link.startsWith(base), feed + ": " + link);
        assertEquals(200, get(link).statusCode(), feed + ": " + link);
      }
    }
  }

  private static List<String> sitemapUrls(Crawl crawl) throws Exception {
    Document sitemap = Jsoup.parse(get(base + "sitemap.xml").body(), "", Parser.xmlParser());
    List<String> urls = new ArrayList<>(sitemap.select("loc").eachText());
    urls.addAll(sitemap.select("*|link[href]").eachAttr("href"));
    assertTrue(urls.size() > 10, "sitemap entries: " + urls);
    for (String url : urls) {
      if (!url.startsWith(base)) {
        crawl.problems.add("sitemap.xml: " + url + " is not under " + base);
      }
    }
    return urls.stream().filter(u -> u.startsWith(base)).toList();
  }

  private static void visit(Crawl crawl, String url) throws Exception {
    String page = url.replaceAll("#.*", "");
    if (!crawl.fetched.add(page)) {
      return;
    }
    if (isManual(page)) {
      return; // published beside the edition by the Pages workflow; PagesWorkflowTest checks that it lands there
    }
    HttpResponse<String> response = get(page);
    if (response.statusCode() != 200) {
      crawl.problems.add(page + ": HTTP " + response.statusCode() + " (linked from the site)");
      return;
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/html")) {
      Document doc = Jsoup.parse(response.body(), page);
      crawl.pages.put(page, doc);
      links(page, doc).forEach(link -> follow(crawl, page, link));
    } else if (type.startsWith("text/css")) {
      Matcher m = CSS_URL.matcher(response.body());
      while (m.find()) {
        if (!m.group(1).startsWith("data:")) {
          follow(crawl, page, URI.create(page).resolve(m.group(1)).toString());
        }
      }
    }
  }

  /** Every URL a page refers to: links, assets and srcset candidates, made absolute. */
  private static List<String> links(String page, Document doc) {
    List<String> links = new ArrayList<>();
    for (Element e : doc.select("[href], [src]")) {
      links.add(e.absUrl(e.hasAttr("href") ? "href" : "src"));
    }
    for (Element e : doc.select("[srcset]")) {
      for (String candidate : e.attr("srcset").split(",")) {
        links.add(URI.create(page).resolve(candidate.strip().split("\\s+")[0]).toString());
      }
    }
    return links;
  }

  private static void follow(Crawl crawl, String from, String link) {
    URI uri = URI.create(link);
    if (!"127.0.0.1".equals(uri.getHost()) || uri.getPort() != server.port()) {
      return; // another site: the original articles, references
    }
    if (!uri.getRawPath().startsWith(MOUNT)) {
      crawl.problems.add(from + ": " + link + " leaves " + MOUNT);
      return;
    }
    String page = link.replaceAll("#.*", "");
    if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
      crawl.anchors.computeIfAbsent(page, k -> new TreeSet<>()).add(uri.getFragment());
    }
    crawl.queue.add(page);
  }

  private static boolean isManual(String page) {
    return page.equals(base + "manual/");
  }

  /** HTML files of the output that the crawl did not reach (404.html is reached by missing addresses). */
  private static List<String> unreached(Crawl crawl) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .filter(rel -> !rel.equals("404.html"))
          .map(rel -> base + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel))
          .filter(url -> !crawl.fetched.contains(url))
          .sorted().toList();
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
