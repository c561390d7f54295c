package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glossa.output.SiteWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview serves the built site as GitHub Pages would, and nothing else. */
class PreviewServerTest {
  static final String SECRET = "secret outside the site";

  @TempDir static Path tmp;
  Path assets;
  SortedMap<String, byte[]> files = new TreeMap<>();
  PreviewServer server;
  int port;

  @BeforeEach
  void start() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "site");
    assets = Files.createDirectories(dir.resolve("templates/assets"));
    Files.writeString(assets.resolve("glossa.css"), "body { color: black }\n");
    Files.writeString(assets.resolve("notes.md"), "not published\n");
    Files.writeString(assets.resolve(".hidden"), "not published\n");
    Path outside = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.createSymbolicLink(assets.resolve("leak.txt"), outside);
    Files.createSymbolicLink(assets.resolve("up"), dir);
    files.put("index.html", page("root"));
    files.put("en/index.html", page("English home"));
    files.put("en/a/index.html", page("An article"));
    files.put("en/feed.xml", "<feed/>\n".getBytes(StandardCharsets.UTF_8));
    files.put("404.html", page("Not found here"));
    files.put("robots.txt", "User-agent: *\n".getBytes(StandardCharsets.UTF_8));
    files.put(".nojekyll", new byte[0]);
    server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        // copies file by file, as the build lists them (never the links, Markdown or hidden files)
        new ServedSite(3, "/edition/", files, List.of(new SiteWriter.Copy(assets.resolve("glossa.css"), "assets/glossa.css"))));
    port = server.address().getPort();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static byte[] page(String text) {
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><title>" + text + "</title></head>\n<body><p>" + text + "</p></body>\n</html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void servesAFoldersIndexBelowTheBasePathAsUtf8Html() throws IOException {
    RawHttp home = RawHttp.get(port, "/edition/en/");
    assertEquals(200, home.status());
    assertEquals("text/html; charset=utf-8", home.header("Content-Type"));
    assertTrue(home.text().contains("<p>English home</p>"), home.text());
    assertEquals(200, RawHttp.get(port, "/edition/en/index.html").status());
    assertTrue(RawHttp.get(port, "/edition/").text().contains("root"));
  }

  @Test
  void redirectsAFolderWithoutItsSlashAndTheRootToTheBasePath() throws IOException {
    RawHttp folder = RawHttp.get(port, "/edition/en/a?x=1");
    assertEquals(301, folder.status());
    assertEquals("/edition/en/a/?x=1", folder.header("Location"));
    assertEquals("/edition/", RawHttp.get(port, "/").header("Location"));
    assertEquals("/edition/", RawHttp.get(port, "/edition").header("Location"));
  }

  @Test
  void answersWhatIsMissingWithTheSites404PageAndStatus404() throws IOException {
    for (String target : List.of("/edition/en/nothing/", "/edition/nothing.html", "/other/", "/edition/en/a/index.htm")) {
      RawHttp missing = RawHttp.get(port, target);
      assertEquals(404, missing.status(), target);
      assertTrue(missing.text().contains("Not found here"), target);
      assertEquals("text/html; charset=utf-8", missing.header("Content-Type"));
    }
  }

  @Test
  void sendsEachFileWithItsTypeAndTextWithItsCharset() throws IOException {
    assertEquals("application/xml; charset=utf-8", RawHttp.get(port, "/edition/en/feed.xml").header("Content-Type"));
    assertEquals("text/plain; charset=utf-8", RawHttp.get(port, "/edition/robots.txt").header("Content-Type"));
    RawHttp css = RawHttp.get(port, "/edition/assets/glossa.css");
    assertEquals("text/css; charset=utf-8", css.header("Content-Type"));
    assertEquals("body { color: black }\n", css.text(), "only HTML gets the script");
    assertEquals("text/javascript; charset=utf-8", RawHttp.get(port, PreviewServer.SCRIPT).header("Content-Type"));
    assertEquals("nosniff", css.header("X-Content-Type-Options"));
  }

  @Test
  void putsTheReloadScriptIntoHtmlResponsesOnlyNeverIntoTheSite() throws IOException {
    byte[] before = files.get("en/a/index.html").clone();
    String html = RawHttp.get(port, "/edition/en/a/").text();
    assertTrue(html.contains("<script src=\"/__glossa/live.js?build=3\"></script>\n</body>"), html);
    assertArrayEquals(before, server.site().files().get("en/a/index.html"), "the served site is untouched");
    assertTrue(RawHttp.get(port, "/edition/nothing/").text().contains("/__glossa/live.js?build=3"), "the 404 page reloads too");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/edition/../secret.txt", "/edition/assets/../../secret.txt", "/%2e%2e/secret.txt",
      "/edition/%2e%2e/%2e%2e/secret.txt", "/edition/assets/..%2f..%2fsecret.txt", "/edition/assets/%2e%2e%5csecret.txt",
      "/edition/assets/leak.txt", "/edition/assets/up/secret.txt", "/edition/assets/notes.md", "/edition/assets/.hidden",
      "//etc/passwd", "/edition//etc/passwd", "/edition/%2fetc%2fpasswd", "/edition/C:/Windows/win.ini", "/edition/assets/%00",
      "/edition/assets/glossa.css%00.html", "/edition/assets\\..\\..\\secret.txt", "http://127.0.0.1/../secret.txt"})
  void refusesPathTraversalWith400Or404(String target) throws IOException {
    RawHttp response = RawHttp.get(port, target);
    assertTrue(response.status() == 400 || response.status() == 404, target + " → " + response.status());
    assertFalse(response.text().contains(SECRET), target);
    assertFalse(response.text().contains("not published"), target);
  }

  @Test
  void answersHeadWithoutABodyAndOtherMethodsWith405() throws IOException {
    RawHttp head = RawHttp.request(port, "HEAD", "/edition/en/", "127.0.0.1:" + port);
    assertEquals(200, head.status());
    assertEquals(0, head.body().length);
    assertEquals(405, RawHttp.request(port, "POST", "/edition/en/", "127.0.0.1:" + port).status());
  }

  @Test
  void answersOnlyToTheNamesOfThisMachine() throws IOException {
    assertEquals(200, RawHttp.request(port, "GET", "/edition/en/", "localhost:" + port).status());
    assertEquals(200, RawHttp.request(port, "GET", "/edition/en/", "[::1]:" + port).status());
    assertEquals(403, RawHttp.request(port, "GET", "/edition/en/", "attacker.example:" + port).status(), "DNS rebinding");
  }

  @Test
  void tellsOpenPagesAboutEachBuildOverServerSentEvents() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
    client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PreviewServer.EVENTS)).build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
          assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
          Iterator<String> lines = response.body().iterator();
          while (lines.hasNext()) {
            String line = lines.next();
            if (!line.isEmpty()) {
              events.add(line);
            }
          }
        });
    assertEquals("retry: 500", events.poll(10, TimeUnit.SECONDS));
    assertEquals("event: hello", events.poll(10, TimeUnit.SECONDS));
    assertEquals("data: {\"build\":3,\"problems\":null}", events.poll(10, TimeUnit.SECONDS));
    waitForStreams(1);
    server.publish(new ServedSite(4, "/edition/", files, List.of()));
    assertEquals("event: reload", events.poll(10, TimeUnit.SECONDS));
    assertEquals("data: {\"build\":4,\"problems\":null}", events.poll(10, TimeUnit.SECONDS));
    server.problems(SiteState.ok(4).replace("null", "{\"summary\":\"1 error\"}"));
    assertEquals("event: problems", events.poll(10, TimeUnit.SECONDS));
    assertTrue(events.poll(10, TimeUnit.SECONDS).contains("1 error"));
    server.publish(new ServedSite(4, "/edition/", files, List.of()));
    assertEquals("event: ok", events.poll(10, TimeUnit.SECONDS), "the same build again: nothing to reload, the overlay goes");
  }

  private void waitForStreams(int n) throws InterruptedException {
    for (int i = 0; i < 200 && server.streams() < n; i++) {
      Thread.sleep(10);
    }
  }

}
