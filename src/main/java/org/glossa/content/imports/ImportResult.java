package org.glossa.content.imports;

import java.util.List;
import org.glossa.diag.Diagnostic;

/**
 * What one import produced: the Markdown article (empty when there are errors), the audit of every
 * decision in raw-file order, and the diagnostics (errors and warnings), sorted.
 */
public record ImportResult(String markdown, List<AuditEntry> audit, List<Diagnostic> diagnostics) {
  public ImportResult {
    audit = List.copyOf(audit);
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
