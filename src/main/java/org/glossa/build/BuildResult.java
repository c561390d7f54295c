package org.glossa.build;

import java.util.List;
import org.glossa.diag.Diagnostic;

/** What a build did: the problems found (sorted), the number of pages and of files written. */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int files) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).count();
  }
}
