package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossa serve} from the jar, on a copy of the real edition, as an editor uses it: a page is
 * served, an edit reaches it through a reload event, a broken file shows its errors with file and
 * line while the last good page stays, the fix brings the page back, a template edit is applied,
 * traversal is refused, and {@code site/} is never written. The times from save to reload event are
 * printed (the benchmark, {@link ReloadBenchmark}, measures them properly).
 */
class ServeIT {
  static final String ARTICLE = "content/interviews/ai-beyond-large-models/index.en.md";
  static final String PAGE = "en/interviews/ai-beyond-large-models/";
  static final String QUESTION = "What does the AI strategy of Tencent’s CSIG (Cloud and Smart Industries Group) look like overall?";
  static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void previewsEditsShowsErrorsAppliesTemplatesAndServesOnlyTheSite(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("edition"));
    Files.writeString(dir.resolve("secret.txt"), "not to be served");
    try (ServeProcess serve = ServeProcess.start(Path.of(""), root)) {
      HttpResponse<String> page = serve.get(PAGE);
      assertEquals(200, page.statusCode(), serve.output());
      assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
      assertTrue(page.body().contains("/__glossa/live.js?build=1"), "the served page reloads itself");
      serve.awaitStream();

      List<Long> millis = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        serve.drain();
        long saved = System.nanoTime();
        serve.edit(ARTICLE, i == 1 ? QUESTION : "(edit " + (i - 1) + ")", i == 1 ? QUESTION.replace("look like", "(edit 1) look like")
            : "(edit " + i + ")");
        ServeProcess.Event reload = serve.next("reload", WAIT);
        assertNotNull(reload, "a reload event after edit " + i + ": " + serve.output());
        millis.add((reload.arrived() - saved) / 1_000_000);
        assertTrue(serve.get(PAGE).body().contains("(edit " + i + ")"), "the new text is served");
      }
      System.out.println("ServeIT: save to reload event, ms: " + millis);

      serve.edit(ARTICLE, "(edit 3) look like overall?", "(edit 3) look like overall?[^nope]");
      ServeProcess.Event problems = serve.next("problems", WAIT);
      assertNotNull(problems, serve.output());
      assertTrue(problems.data().contains("{\"path\":\"" + ARTICLE + "\",\"line\":38,"), "file and line: " + problems.data());
      assertTrue(problems.data().contains("footnote [^nope] has no definition"), problems.data());
      assertTrue(problems.data().contains("\\u003cspan class=\\\"hint\\\"\\u003e"), "the overlay's hint: " + problems.data());
      assertTrue(serve.get(PAGE).body().contains("(edit 3)"), "the last good page stays served");

      serve.edit(ARTICLE, "[^nope]", "");
      assertNotNull(serve.next("reload", WAIT), "the fix reloads the page: " + serve.output());
      assertEquals(200, serve.get(PAGE).statusCode());

      serve.edit("templates/layout.ftlh", "<head>", "<head>\n<meta name=\"serve-it\" content=\"template applied\">");
      assertNotNull(serve.next("reload", WAIT), serve.output());
      assertTrue(serve.get(PAGE).body().contains("<meta name=\"serve-it\" content=\"template applied\">"));

      Files.createSymbolicLink(root.resolve("templates/assets/leak.txt"), dir.resolve("secret.txt"));
      for (String target : List.of("/../pom.xml", "/%2e%2e/secret.txt", "/assets/..%2f..%2f..%2fsecret.txt", "/assets/leak.txt",
          "/assets/%2e%2e%5c%2e%2e%5csecret.txt", "/assets/%00", "/../../secret.txt")) {
        RawHttp response = RawHttp.get(serve.port(), target);
        assertTrue(response.status() == 400 || response.status() == 404, target + " → " + response.status());
        assertFalse(response.text().contains("not to be served"), target);
      }
      assertEquals(404, serve.get("no/such/page/").statusCode());
      assertFalse(Files.exists(root.resolve("site")), "serve writes no site/");
    }
  }
}
