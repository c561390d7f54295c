package org.glossa.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long an editor waits for the preview: from saving a file to the page's reload event, with
 * {@code java -jar target/glossa.jar serve} running on a copy of the edition. Twenty edits of one
 * article (issue 13's target: p50 ≤ 100 ms), then ten edits of a template that every page uses
 * (target: ≤ 1 s), starting {@link #SETTLE} after serve starts ({@code -Dglossa.bench.settle=0}
 * for a save right away). Prints each series' p50, p90 and extremes, with the machine and the date.
 *
 * <pre>mvn -B -q package -DskipTests && java -cp target/glossa.jar:target/test-classes org.glossa.serve.ReloadBenchmark [EDITION]</pre>
 *
 * A benchmark, not a test: the times depend on the machine and what else runs on it.
 */
public final class ReloadBenchmark {
  static final String ARTICLE = "content/interviews/ai-beyond-large-models/index.en.md";
  static final String SENTENCE = "What does the AI strategy of Tencent’s CSIG (Cloud and Smart Industries Group) look like overall?";
  static final int ARTICLE_EDITS = 20;
  static final int TEMPLATE_EDITS = 10;
  static final Duration PAUSE = Duration.ofMillis(600);
  /**
   * How long after serve starts the first edit comes: an editor opens the page and reads before she
   * saves, and serve spends that time rehearsing rebuilds to warm the JIT compiler up (a save in the
   * first seconds is slower; see the README).
   */
  static final Duration SETTLE = Duration.ofSeconds(Long.getLong("glossa.bench.settle", 15));

  private ReloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path edition = Path.of(args.length > 0 ? args[0] : "");
    Path dir = Files.createTempDirectory("glossa-reload-bench");
    try (ServeProcess serve = ServeProcess.start(edition, dir)) {
      serve.awaitStream();
      Thread.sleep(SETTLE.toMillis());
      List<Long> article = series(serve, ARTICLE_EDITS, ARTICLE, SENTENCE, i -> SENTENCE.replace("overall", "overall (" + i + ")"));
      List<Long> template = series(serve, TEMPLATE_EDITS, "templates/layout.ftlh", "<head>", i -> "<head><!-- edit " + i + " -->");
      System.out.println("glossa serve, save → reload event (ms), first save " + SETTLE.toSeconds() + " s after start, " + LocalDate.now() + ", " + machine());
      print("article (" + ARTICLE_EDITS + " edits of " + ARTICLE + ")", article);
      print("template (" + TEMPLATE_EDITS + " edits of templates/layout.ftlh, every page)", template);
      System.out.println("serve printed:\n" + serve.output());
    } finally {
      delete(dir);
    }
  }

  interface Edit {
    String text(int i);
  }

  /** {@code n} saves of {@code file}, each replacing the original text by edit i; the time from each save to its reload event. */
  static List<Long> series(ServeProcess serve, int n, String file, String original, Edit edit) throws Exception {
    List<Long> millis = new ArrayList<>();
    String current = original;
    for (int i = 1; i <= n; i++) {
      Thread.sleep(PAUSE.toMillis());
      serve.drain();
      String next = edit.text(i);
      long saved = System.nanoTime();
      serve.edit(file, current, next);
      ServeProcess.Event reload = serve.next("reload", Duration.ofSeconds(60));
      if (reload == null) {
        throw new IllegalStateException("no reload after edit " + i + ":\n" + serve.output());
      }
      millis.add((reload.arrived() - saved) / 1_000_000);
      current = next;
    }
    serve.edit(file, current, original);
    serve.next("reload", Duration.ofSeconds(60));
    return millis;
  }

  static void print(String what, List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.printf("%s: p50 %d, p90 %d, min %d, max %d; in order: %s%n", what, percentile(sorted, 50), percentile(sorted, 90),
        sorted.get(0), sorted.get(sorted.size() - 1), millis);
  }

  /** The nearest-rank percentile of a sorted list. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static String machine() throws IOException {
    String load = Files.exists(Path.of("/proc/loadavg")) ? ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] : "";
    return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        + ", Java " + System.getProperty("java.version") + load;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
