package org.glossa.content.imports;

import java.util.Objects;

/**
 * One decision the importer took about the raw source, at the line and column of the raw file it
 * concerns (1-based; columns count Unicode code points). Printed one per line as
 * {@code path:line:col: removed spam '365买球官方网站' (rule spam.strings[1])}.
 */
public record AuditEntry(int line, int column, Kind kind, String original, String replacement, String reason) {

  /** What was done; the verb is how the audit line starts. */
  public enum Kind {
    REMOVED_SPAM("removed spam"),
    REMOVED_CHROME("removed chrome"),
    NORMALISED_PUNCTUATION("normalised punctuation"),
    CONVERTED_SCRIPT("converted script"),
    STRUCTURE("structure"),
    TYPO_MARKED("marked typo");

    private final String verb;

    Kind(String verb) {
      this.verb = verb;
    }

    public String verb() {
      return verb;
    }
  }

  public AuditEntry {
    Objects.requireNonNull(kind, "kind");
    original = original == null ? "" : original;
    replacement = replacement == null ? "" : replacement;
    reason = reason == null ? "" : reason;
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("audit position must be 1-based, got " + line + ":" + column);
    }
  }

  /** The text after {@code path:line:col: }, e.g. {@code normalised punctuation ',' -> '，'}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(kind.verb());
    if (!original.isEmpty()) {
      sb.append(" '").append(original).append('\'');
    }
    if (!replacement.isEmpty()) {
      sb.append(" -> '").append(replacement).append('\'');
    }
    if (!reason.isEmpty()) {
      sb.append(" (").append(reason).append(')');
    }
    return sb.toString();
  }
}
