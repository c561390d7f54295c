package org.glossa.diag;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run tells the editor, readable at any size: the warnings grouped by rule, each rule with its
 * first few places and then "… and 880 more"; every error (up to a hundred, as javac does); and one
 * line that sums it all up. Quiet runs print the errors and that line only.
 */
public final class DiagnosticReport {
  /** How many places of one warning rule are printed in full. */
  public static final int PLACES_PER_RULE = 3;
  /** How many errors are printed in full. */
  public static final int ERRORS_SHOWN = 100;

  private final DiagnosticPrinter printer;
  private final PrintWriter err;

  public DiagnosticReport(DiagnosticPrinter printer, PrintWriter err) {
    this.printer = printer;
    this.err = err;
  }

  /**
   * @param quiet print errors and the summary only
   * @param alwaysSummarise print the summary even when there is nothing to report ({@code check})
   */
  public void print(List<Diagnostic> diagnostics, boolean quiet, boolean alwaysSummarise) {
    List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
    if (!quiet) {
      warnings(sorted).forEach(this::printGroup);
    }
    List<Diagnostic> errors = sorted.stream().filter(Diagnostic::isError).toList();
    errors.stream().limit(ERRORS_SHOWN).forEach(printer::print);
    if (errors.size() > ERRORS_SHOWN) {
      err.println("… and " + (errors.size() - ERRORS_SHOWN) + " more errors");
    }
    if (alwaysSummarise || !sorted.isEmpty()) {
      err.println(summary(sorted));
    }
    err.flush();
  }

  private static Map<Rule, List<Diagnostic>> warnings(List<Diagnostic> sorted) {
    Map<Rule, List<Diagnostic>> groups = new EnumMap<>(Rule.class);
    for (Diagnostic d : sorted) {
      if (!d.isError()) {
        groups.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d);
      }
    }
    return groups;
  }

  private void printGroup(Rule rule, List<Diagnostic> group) {
    group.stream().limit(PLACES_PER_RULE).forEach(printer::print);
    if (group.size() > PLACES_PER_RULE) {
      err.println("… and " + (group.size() - PLACES_PER_RULE) + " more [" + rule.id() + "]"
          + " (config.yaml can turn the rule off or into an error: rules: {" + rule.id() + ": off})");
    }
  }

  /** {@code 2 errors, 889 warnings (cjk-latin-space: 880, unused-note: 9)}. */
  public static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
    String line = count(errors, "error") + ", " + count(warnings.size(), "warning");
    if (warnings.isEmpty()) {
      return line;
    }
    Map<Rule, Long> byRule = warnings.stream().collect(Collectors.groupingBy(Diagnostic::rule, () -> new EnumMap<>(Rule.class),
        Collectors.counting()));
    return line + " (" + byRule.entrySet().stream().map(e -> e.getKey().id() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
