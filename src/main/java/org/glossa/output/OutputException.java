package org.glossa.output;

import java.io.IOException;
import org.glossa.diag.Diagnostic;

/**
 * The output folder cannot be written as asked: it holds or lies inside the sources, it is not a
 * site Glossa built, another build holds it, a file Glossa did not write is in the way. Not an
 * error in the sources: the build exits with 3 and leaves every file as it was.
 */
public final class OutputException extends IOException {
  private final transient Diagnostic diagnostic;

  public OutputException(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
