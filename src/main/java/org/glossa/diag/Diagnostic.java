package org.glossa.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the sources, with the place an editor must look at and what to do about it.
 * Lines and columns are 1-based; 0 means "the whole file" or "the whole line". Warnings name their
 * {@link Rule}; errors have none ({@code rule} is null).
 */
public record Diagnostic(Path path, int line, int column, Severity severity, String message, String hint, Rule rule)
    implements Comparable<Diagnostic> {

  public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.path == null ? "" : d.path.toString().replace('\\', '/'))
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column + " for " + message);
    }
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(Path path, int line, int column, String message, String hint) {
    return new Diagnostic(path, line, column, Severity.ERROR, message, hint, null);
  }

  public static Diagnostic warning(Rule rule, Path path, int line, int column, String message, String hint) {
    return new Diagnostic(path, line, column, Severity.WARNING, message, hint, Objects.requireNonNull(rule, "rule"));
  }

  /** The same problem at another severity (a rule configured as an error, say). */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(path, line, column, newSeverity, message, hint, rule);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
