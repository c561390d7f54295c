package org.glossa.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of one build, so an editor sees all of them at once, sorted by place. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
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
