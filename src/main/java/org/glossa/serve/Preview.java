package org.glossa.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.DiagnosticReport;

/**
 * {@code glossa serve}: builds the site in memory, serves it, watches the sources and, after each
 * burst of saves, rebuilds what the change reaches and tells the open pages. A build that fails
 * leaves the last good site served and shows its problems over the pages; a build that fixes them
 * reloads the pages. Nothing is written to disk: {@code site/} is {@code build}'s alone.
 */
public final class Preview implements Closeable {
  /** How long the sources must stay quiet before a rebuild, and the longest a burst may delay it. */
  static final long QUIET_MILLIS = 20;
  static final long MAX_DELAY_MILLIS = 250;
  /** Rebuilds rehearsed in the background after the first build, to warm the JIT compiler up. */
  static final int WARM_UP_BUILDS = 150;
  static final Duration WARM_UP_BUDGET = Duration.ofSeconds(20);
  /** A larger site's first build has already warmed the compiler up, and a rehearsal would cost it a second build. */
  static final int WARM_UP_MAX_PAGES = 300;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final IncrementalBuild build;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base = Path.of("");
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "glossa-rebuild");
    t.setDaemon(true);
    return t;
  });
  private PreviewServer server;
  private SourceWatcher watcher;
  private ServedSite served;
  private boolean failing;
  private volatile boolean changedSinceStart;
  private volatile boolean closed;

  private Preview(BuildOptions options, PrintWriter out, PrintWriter err) {
    this.build = new IncrementalBuild(options);
    this.out = out;
    this.err = err;
  }

  /**
   * Builds, then serves at {@code address} and watches the sources.
   *
   * @throws java.net.BindException when the address is taken (nothing is left running)
   */
  public static Preview start(BuildOptions options, InetSocketAddress address, PrintWriter out, PrintWriter err) throws IOException {
    Preview preview = new Preview(options, out, err);
    IncrementalBuild.Result first = preview.build.run();
    preview.served = first.site().map(site -> served(1, site)).orElseGet(Preview::nothingYet);
    preview.server = PreviewServer.start(address, preview.served);
    preview.firstReport(first);
    Debouncer debouncer = new Debouncer(QUIET_MILLIS, MAX_DELAY_MILLIS, preview.worker, preview::rebuild);
    preview.watcher = new SourceWatcher(preview.watched(), debouncer::changed);
    preview.watchConfigOutsideContent(debouncer);
    if (first.site().map(site -> site.pages().size() <= WARM_UP_MAX_PAGES).orElse(false)) {
      preview.warmUp(options);
    }
    return preview;
  }

  /**
   * Rebuilds the site in the background as if its articles were being edited one after another,
   * and throws the results away, so that the JIT compiler has compiled the rebuilds' hot paths by
   * the time the editor saves (the first rebuilds of a fresh JVM are several times slower). Uses a
   * build of its own, so the served site is never touched; stops before its next build once the
   * sources change or serve closes, or after {@link #WARM_UP_BUDGET}.
   */
  private void warmUp(BuildOptions options) {
    BooleanSupplier stop = () -> changedSinceStart || closed;
    Thread thread = new Thread(() -> {
      try {
        IncrementalBuild rehearsal = new IncrementalBuild(options);
        if (!stop.getAsBoolean() && rehearsal.run().ok()) {
          rehearsal.rehearse(WARM_UP_BUILDS, WARM_UP_BUDGET, stop);
        }
      } catch (RuntimeException e) {
        // a rehearsal that fails costs the editor nothing but a slower first rebuild
      }
    }, "glossa-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** The address of the site's home. */
  public URI address() {
    return server.address();
  }

  /** The web server, for tests. */
  PreviewServer server() {
    return server;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    worker.shutdownNow();
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private List<Path> watched() {
    return List.of(build.options().contentDir(), build.options().templatesDir());
  }

  /** A configuration file kept outside content/ (--config) is looked at once a second rather than watched with its whole folder. */
  private void watchConfigOutsideContent(Debouncer debouncer) {
    Path config = build.options().configFile().toAbsolutePath().normalize();
    if (watched().stream().anyMatch(dir -> config.startsWith(dir.toAbsolutePath().normalize()))) {
      return;
    }
    long[] stamp = {stamp(config)};
    worker.scheduleWithFixedDelay(() -> {
      long now = stamp(config);
      if (now != stamp[0]) {
        stamp[0] = now;
        debouncer.changed(config);
      }
    }, 1, 1, TimeUnit.SECONDS);
  }

  private static long stamp(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Rebuilds after a burst of changes (on the worker thread, one at a time). */
  void rebuild(Set<Path> changed) {
    changedSinceStart = true;
    try {
      IncrementalBuild.Result result = build.run();
      if (result.ok()) {
        Build.Site site = result.site().orElseThrow();
        boolean same = !failing && sameSite(served, site) && changed.stream().noneMatch(this::inCopiedFolder);
        served = served(same ? served.build() : served.build() + 1, site);
        server.publish(served);
        failing = false;
        report(changed, result, same);
      } else {
        failing = true;
        server.problems(SiteState.problems(served.build(), result.diagnostics(), base));
        out.println(time() + " " + what(changed) + ": " + DiagnosticReport.summary(result.diagnostics()) + " (shown in the browser)");
        out.flush();
        new DiagnosticReport(new DiagnosticPrinter(err, base), err).print(result.diagnostics(), true, false);
      }
    } catch (RuntimeException e) {
      err.println("glossa: internal error while rebuilding: " + e);
      e.printStackTrace(err);
      err.flush();
    }
  }

  private void firstReport(IncrementalBuild.Result first) {
    new DiagnosticReport(new DiagnosticPrinter(err, base), err).print(first.diagnostics(), false, false);
    if (first.ok()) {
      out.printf("built %d pages (%d files) in memory in %d ms%n", first.site().orElseThrow().pages().size(),
          first.site().orElseThrow().files().size(), first.nanos() / 1_000_000);
    } else {
      failing = true;
      server.problems(SiteState.problems(0, first.diagnostics(), base));
      out.println("the site does not build yet; fix the errors above (they are shown in the browser too)");
    }
    out.println("serving " + address() + " (content/ and templates/ are watched; Ctrl-C stops)");
    out.flush();
  }

  private void report(Set<Path> changed, IncrementalBuild.Result result, boolean same) {
    long warnings = result.diagnostics().size();
    out.printf("%s %s: %d of %d pages rendered in %d ms%s%s%n", time(), what(changed), result.work().pages().size(),
        result.site().orElseThrow().pages().size(), result.nanos() / 1_000_000, same ? ", nothing changed" : ", reloading",
        warnings == 0 ? "" : " (" + DiagnosticReport.summary(result.diagnostics()) + ")");
    out.flush();
  }

  private boolean inCopiedFolder(Path changed) {
    Path path = changed.toAbsolutePath().normalize();
    return served.copies().stream().anyMatch(c -> path.startsWith(c.from().toAbsolutePath().normalize()));
  }

  private static boolean sameSite(ServedSite served, Build.Site site) {
    if (!served.copies().equals(site.copies()) || !served.files().keySet().equals(site.files().keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
      if (!Arrays.equals(file.getValue(), served.files().get(file.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static ServedSite served(long build, Build.Site site) {
    return new ServedSite(build, site.sources().config().basePath(), site.files(), site.copies());
  }

  /** Before the first good build: every address answers with a page that only waits for one. */
  private static ServedSite nothingYet() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("404.html", ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head>\n"
        + "<body><p>The site does not build yet; this page reloads once it does.</p></body></html>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new ServedSite(0, "/", files, List.of());
  }

  private String what(Set<Path> changed) {
    List<String> names = new ArrayList<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      Path root = base.toAbsolutePath().normalize();
      names.add((abs.startsWith(root) ? root.relativize(abs) : p).toString().replace('\\', '/'));
    }
    return names.isEmpty() ? "rebuilt" : names.get(0) + (names.size() > 1 ? " and " + (names.size() - 1) + " more" : "");
  }

  private static String time() {
    return LocalTime.now().format(CLOCK);
  }
}
