package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's problems stay readable at any number: warnings grouped by rule, errors in full, one summary line. */
class DiagnosticReportTest {
  private static String report(List<Diagnostic> diagnostics, boolean quiet, boolean always) {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(out);
    new DiagnosticReport(new DiagnosticPrinter(err, Path.of("")), err).print(diagnostics, quiet, always);
    return out.toString();
  }

  private static List<Diagnostic> many(Rule rule, int n) {
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(Diagnostic.warning(rule, Path.of("content/a" + (1000 + i) + ".zh.md"), 3, 0, "a space between Chinese and Latin text", "remove it"));
    }
    return out;
  }

  @Test
  void printsTheFirstFewPlacesOfEachRuleThenCountsTheRest() {
    List<Diagnostic> all = new ArrayList<>(many(Rule.CJK_LATIN_SPACE, 883));
    all.addAll(many(Rule.UNUSED_NOTE, 2));
    all.add(Diagnostic.error(Path.of("content/b.en.md"), 7, 0, "unit {#p3} is where the original has {#p2}", "align it"));
    String out = report(all, false, false);
    assertEquals(3, out.lines().filter(l -> l.contains("[cjk-latin-space]") && l.startsWith("content/")).count(), out);
    assertTrue(out.contains("… and 880 more [cjk-latin-space]"), out);
    assertEquals(2, out.lines().filter(l -> l.contains("[unused-note]")).count(), out);
    assertTrue(out.contains("content/b.en.md:7: error: unit {#p3}"), out);
    assertTrue(out.endsWith("1 error, 885 warnings (cjk-latin-space: 883, unused-note: 2)\n"), out);
    assertTrue(out.lines().count() < 20, out);
  }

  @Test
  void quietPrintsErrorsAndTheSummaryOnly() {
    List<Diagnostic> all = new ArrayList<>(many(Rule.CJK_LATIN_SPACE, 889));
    assertEquals("0 errors, 889 warnings (cjk-latin-space: 889)\n", report(all, true, false));
    all.add(Diagnostic.error(Path.of("content/b.en.md"), 0, 0, "broken", "fix it"));
    assertEquals("content/b.en.md: error: broken\n  hint: fix it\n1 error, 889 warnings (cjk-latin-space: 889)\n", report(all, true, false));
  }

  @Test
  void capsErrorsAtAHundredAndSummarisesAnEmptyRunOnlyWhenAsked() {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      errors.add(Diagnostic.error(Path.of("c" + (100 + i) + ".md"), 0, 0, "broken", ""));
    }
    String out = report(errors, false, false);
    assertEquals(100, out.lines().filter(l -> l.endsWith("error: broken")).count());
    assertTrue(out.contains("… and 30 more errors\n130 errors, 0 warnings"), out);
    assertEquals("", report(List.of(), false, false));
    assertEquals("0 errors, 0 warnings\n", report(List.of(), true, true));
  }

  @Test
  void aRuleCanBeMadeAnErrorOrTurnedOff() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(many(Rule.CJK_LATIN_SPACE, 2));
    diagnostics.configure(Map.of(Rule.CJK_LATIN_SPACE, RuleLevel.OFF, Rule.UNUSED_NOTE, RuleLevel.ERROR));
    diagnostics.addAll(many(Rule.CJK_LATIN_SPACE, 2));
    diagnostics.addAll(many(Rule.UNUSED_NOTE, 1));
    assertEquals(1, diagnostics.sorted().size());
    assertTrue(diagnostics.hasErrors());
    assertTrue(report(diagnostics.sorted(), true, false).contains("error: a space between Chinese and Latin text [unused-note]"));
  }
}
