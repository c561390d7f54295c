package org.glossa.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.build.Progress;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;

/**
 * Builds the site in memory, again and again, through the build's own stages and a {@link BuildCache}
 * kept between builds: each build redoes only what its sources' changes reach, and its result equals
 * a clean build's byte for byte ({@code IncrementalBuildPropertyTest}). Writes nothing.
 */
public final class IncrementalBuild {
  /** One build: the site when it succeeded, every problem (sorted), what it redid, and how long it took. */
  public record Result(Optional<Build.Site> site, List<Diagnostic> diagnostics, BuildCache.Work work, long nanos) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return site.isPresent();
    }

    public List<Diagnostic> errors() {
      return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
  }

  private static final String ARTICLE = "article ";
  private static final String SEARCH = "search ";
  private static final String PLANNER = "pages";
  /** About as many pages as an edit of one article renders again (its own in every language and mode, the home page). */
  private static final int PAGES_PER_ROUND = 8;

  private final BuildOptions options;
  private final BuildCache cache = new BuildCache();

  public IncrementalBuild(BuildOptions options) {
    this.options = options.checkOnly();
  }

  public BuildOptions options() {
    return options;
  }

  /**
   * Builds the site up to {@code rounds} times more, each time as if one more article (in turn) had
   * been edited: that article is read again, the pages are planned afresh (every article's views
   * made again), the search indexes made again and eight pages (in turn, across the site) rendered
   * again. That is the code an edit runs, if not exactly as much of it. Stops early when {@code
   * stop} says so (asked before each round) or once {@code budget} has passed. For warming the JIT
   * compiler up: the results are thrown away.
   *
   * @return what each rehearsed build did
   */
  public synchronized List<BuildCache.Work> rehearse(int rounds, Duration budget, BooleanSupplier stop) {
    long end = System.nanoTime() + budget.toNanos();
    List<String> articles = cache.slots().stream().filter(slot -> slot.startsWith(ARTICLE)).toList();
    List<String> pages = cache.pagePaths();
    List<BuildCache.Work> done = new ArrayList<>();
    for (int i = 0; i < rounds && !articles.isEmpty() && !stop.getAsBoolean() && System.nanoTime() - end < 0; i++) {
      String article = articles.get(i % articles.size());
      Set<String> rendered = new HashSet<>();
      for (int p = 0; p < Math.min(PAGES_PER_ROUND, pages.size()); p++) {
        rendered.add(pages.get((i * PAGES_PER_ROUND + p) % pages.size()));
      }
      cache.forget(slot -> slot.equals(article) || slot.equals(PLANNER) || slot.startsWith(SEARCH), rendered::contains);
      Result result = run();
      done.add(result.work());
      if (!result.ok()) {
        break;
      }
    }
    return done;
  }

  /** Builds the site from the sources as they are now. */
  public synchronized Result run() {
    long start = System.nanoTime();
    cache.begin();
    Build build = new Build(options, Progress.NONE, cache);
    Optional<Build.Site> site = Optional.empty();
    List<Diagnostic> thrown = List.of();
    try {
      site = Optional.of(build.render());
      cache.commit();
    } catch (ContentException e) {
      thrown = e.diagnostics();
    }
    List<Diagnostic> diagnostics = new ArrayList<>(build.diagnostics());
    diagnostics.addAll(thrown);
    Collections.sort(diagnostics);
    return new Result(site, diagnostics, cache.work(), System.nanoTime() - start);
  }
}
