package org.glossa.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one build, so an editor sees all of them at once, sorted by place; a
 * warning's rule may be configured to be an error or to be off.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private Map<Rule, RuleLevel> levels = Map.of();

  /**
   * Makes the rules named in {@code levels} errors, warnings or silent, for the problems found so far
   * and those still to come (the configuration says so, and is read first).
   */
  public synchronized void configure(Map<Rule, RuleLevel> levels) {
    this.levels = Map.copyOf(levels);
    List<Diagnostic> found = new ArrayList<>(items);
    items.clear();
    found.forEach(this::add);
  }

  public synchronized void add(Diagnostic diagnostic) {
    RuleLevel level = diagnostic.rule() == null ? null : levels.get(diagnostic.rule());
    if (level == RuleLevel.OFF) {
      return;
    }
    items.add(level == null ? diagnostic
        : diagnostic.withSeverity(level == RuleLevel.ERROR ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING));
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      add(d);
    }
  }

  public void error(Path path, int line, int column, String message, String hint) {
    add(Diagnostic.error(path, line, column, message, hint));
  }

  public void warning(Rule rule, Path path, int line, int column, String message, String hint) {
    add(Diagnostic.warning(rule, path, line, column, message, hint));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized int errorCount() {
    return (int) items.stream().filter(Diagnostic::isError).count();
  }

  public synchronized boolean isEmpty() {
    return items.isEmpty();
  }

  /** All diagnostics so far, sorted by path, line and column. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
