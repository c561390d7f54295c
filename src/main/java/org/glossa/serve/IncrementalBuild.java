package org.glossa.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

  private final BuildOptions options;
  private final BuildCache cache = new BuildCache();

  public IncrementalBuild(BuildOptions options) {
    this.options = options.checkOnly();
  }

  public BuildOptions options() {
    return options;
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
