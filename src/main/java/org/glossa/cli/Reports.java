package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.content.Article;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.DiagnosticReport;

/** What the commands share in telling the editor how a run went. */
final class Reports {
  private Reports() {}

  /** Prints a run's problems, grouped by rule, and the summary line. */
  static void print(List<Diagnostic> diagnostics, boolean quiet, boolean alwaysSummarise, PrintWriter err) {
    new DiagnosticReport(new DiagnosticPrinter(err, Path.of("")), err).print(diagnostics, quiet, alwaysSummarise);
  }

  /** The sources read and checked without writing anything, or empty after printing the problems that stopped them. */
  static Optional<Build.Sources> sources(BuildOptions options, PrintWriter err) {
    Build build = new Build(options.checkOnly());
    try {
      return Optional.of(build.readSources());
    } catch (ContentException e) {
      List<Diagnostic> all = new ArrayList<>(build.diagnostics());
      all.addAll(e.diagnostics());
      print(all, false, false, err);
      return Optional.empty();
    }
  }

  /**
   * The articles that {@code files} belong to (every article when none is given); null after
   * printing the files that are not {@code what}.
   */
  static List<Article> articlesOf(List<Article> articles, List<Path> files, String what, PrintWriter err) {
    if (files.isEmpty()) {
      return articles;
    }
    List<Path> unknown = files.stream().filter(f -> articles.stream().flatMap(a -> a.versions().values().stream())
        .noneMatch(v -> sameFile(f, v.source().path()))).toList();
    unknown.forEach(f -> err.println(f + ": error: not " + what));
    err.flush();
    return unknown.isEmpty() ? articles.stream().filter(a -> a.versions().values().stream()
        .anyMatch(v -> files.stream().anyMatch(f -> sameFile(f, v.source().path())))).toList() : null;
  }

  static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
