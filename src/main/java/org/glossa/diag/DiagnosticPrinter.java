package org.glossa.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics as {@code path:line:col: error: message}, then the source line and a caret
 * under the column (Han characters count as two cells), then the hint.
 */
public final class DiagnosticPrinter {
  private final PrintWriter err;
  private final Path base;
  private final Map<Path, List<String>> lines = new HashMap<>();

  /** @param base paths are printed relative to this folder when they lie inside it */
  public DiagnosticPrinter(PrintWriter err, Path base) {
    this.err = err;
    this.base = base.toAbsolutePath().normalize();
  }

  /** Prints a whole run's problems, grouped and summed up ({@link DiagnosticReport}). */
  public void print(List<Diagnostic> diagnostics) {
    new DiagnosticReport(this, err).print(diagnostics, false, false);
  }

  public void print(Diagnostic d) {
    err.println(format(d));
    String source = sourceLine(d.path(), d.line());
    if (source != null) {
      SourceExcerpt excerpt = SourceExcerpt.of(source, d.column());
      err.println("  " + excerpt.text());
      if (excerpt.caret() >= 0) {
        err.println("  " + " ".repeat(excerpt.caret()) + "^");
      }
    }
    if (!d.hint().isEmpty()) {
      err.println("  hint: " + SourceExcerpt.escape(d.hint()));
    }
  }

  /** The first line of a diagnostic, without source excerpt. */
  public String format(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.path() == null ? "glossa" : display(d.path()));
    if (d.line() > 0) {
      sb.append(':').append(d.line());
      if (d.column() > 0) {
        sb.append(':').append(d.column());
      }
    }
    sb.append(": ").append(d.severity().label()).append(": ").append(SourceExcerpt.escape(d.message()));
    if (d.rule() != null) {
      sb.append(" [").append(d.rule().id()).append(']');
    }
    return sb.toString();
  }

  private String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : path;
    return shown.toString().replace('\\', '/');
  }

  private String sourceLine(Path path, int line) {
    if (path == null || line <= 0) {
      return null;
    }
    List<String> text = lines.computeIfAbsent(path, DiagnosticPrinter::readQuietly);
    if (line > text.size()) {
      return null;
    }
    String source = text.get(line - 1);
    return isText(source) ? source : null;
  }

  /** False for a line of a binary or wrongly encoded file, which is not echoed to the terminal. */
  private static boolean isText(String line) {
    return line.chars().noneMatch(c -> c == '\uFFFD' || c == 0);
  }

  /**
   * The lines of a file, split at LF, CRLF or a lone CR as the sources are read. A symbolic link is
   * not followed: a link that leads out of the tree must not have its target echoed.
   */
  private static List<String> readQuietly(Path path) {
    try {
      if (Files.isSymbolicLink(path)) {
        return List.of();
      }
      return List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
