package org.glossa.diag;

import java.util.List;

/** Thrown when a stage of the build cannot go on because of errors in the sources. */
public final class ContentException extends Exception {
  private final List<Diagnostic> diagnostics;

  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s) in the sources");
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ContentException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
