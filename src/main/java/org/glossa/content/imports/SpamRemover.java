package org.glossa.content.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.CleaningRules.PatternRule;
import org.glossa.content.imports.CleaningRules.TextRule;

/**
 * Removes injected spam: every occurrence of a spam string, even inside a word, then every match of a
 * spam pattern. The text around a removed span is joined directly (高性…能 becomes 高性能); when the
 * span stood between two spaces, one of them goes too. A line that only held spam is dropped.
 */
final class SpamRemover {
  private final CleaningRules rules;

  SpamRemover(CleaningRules rules) {
    this.rules = rules;
  }

  List<SourceLine> apply(List<SourceLine> lines, List<AuditEntry> audit) {
    List<SourceLine> kept = new ArrayList<>();
    for (SourceLine line : lines) {
      SourceLine cleaned = clean(line, audit);
      if (line.isBlank() || !cleaned.isBlank()) {
        kept.add(cleaned);
      }
    }
    return kept;
  }

  SourceLine clean(SourceLine line, List<AuditEntry> audit) {
    SourceLine current = line;
    for (TextRule rule : longestFirst()) {
      int at;
      while ((at = current.text().indexOf(rule.text())) >= 0) {
        current = remove(current, at, at + rule.text().length(), rule.where(), audit);
      }
    }
    for (PatternRule rule : rules.spamPatterns()) {
      Matcher m = rule.pattern().matcher(current.text());
      while (m.find()) {
        if (m.end() > m.start()) {
          current = remove(current, m.start(), m.end(), rule.where(), audit);
          m = rule.pattern().matcher(current.text());
        }
      }
    }
    return current;
  }

  private List<TextRule> longestFirst() {
    List<TextRule> sorted = new ArrayList<>(rules.spamStrings());
    sorted.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
    return sorted;
  }

  private static SourceLine remove(SourceLine line, int start, int end, String where, List<AuditEntry> audit) {
    String text = line.text();
    audit.add(new AuditEntry(line.number(), line.column(start), Kind.REMOVED_SPAM, text.substring(start, end), "",
        "rule " + where));
    if (start > 0 && end < text.length() && text.charAt(start - 1) == ' ' && text.charAt(end) == ' ') {
      end++;
    }
    return line.replace(start, end, "");
  }
}
