package org.glossa.content.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.CleaningRules.PatternRule;
import org.glossa.content.imports.CleaningRules.TextRule;

/**
 * Drops whole lines of site furniture: lines equal to a chrome line of the rules, lines a chrome
 * pattern matches entirely, and metadata lines (e.g. {@code 发布时间:2024-07-04 23:44:13点击:}), whose
 * named group {@code date} is read for the front matter before the line goes.
 */
final class ChromeFilter {
  /** The lines left, and the first date read from a metadata line (empty if none). */
  record Result(List<SourceLine> lines, Optional<String> date) {
    Result {
      lines = List.copyOf(lines);
    }
  }

  private final CleaningRules rules;

  ChromeFilter(CleaningRules rules) {
    this.rules = rules;
  }

  Result apply(List<SourceLine> lines, List<AuditEntry> audit) {
    List<SourceLine> kept = new ArrayList<>();
    Optional<String> date = Optional.empty();
    for (SourceLine line : lines) {
      SourceLine stripped = line.strip();
      String text = stripped.text();
      Optional<String> why = Optional.empty();
      if (!text.isEmpty()) {
        why = chrome(text);
        if (why.isEmpty()) {
          Optional<String[]> metadata = metadata(text);
          if (metadata.isPresent()) {
            why = Optional.of(metadata.get()[0]);
            date = date.isPresent() ? date : Optional.ofNullable(metadata.get()[1]);
          }
        }
      }
      if (why.isPresent()) {
        audit.add(new AuditEntry(line.number(), stripped.column(0), Kind.REMOVED_CHROME, text, "", why.get()));
      } else {
        kept.add(line);
      }
    }
    return new Result(kept, date);
  }

  private Optional<String> chrome(String text) {
    for (TextRule rule : rules.chromeLines()) {
      if (rule.text().equals(text)) {
        return Optional.of("rule " + rule.where());
      }
    }
    for (PatternRule rule : rules.chromePatterns()) {
      if (rule.pattern().matcher(text).matches()) {
        return Optional.of("rule " + rule.where());
      }
    }
    return Optional.empty();
  }

  /** The reason and the date (or null) when a metadata pattern matches the whole line. */
  private Optional<String[]> metadata(String text) {
    for (PatternRule rule : rules.metadataPatterns()) {
      Matcher m = rule.pattern().matcher(text);
      if (m.matches()) {
        String date = rule.pattern().pattern().contains("(?<date>") ? m.group("date") : null;
        String reason = "metadata line, rule " + rule.where() + (date == null ? "" : "; date " + date + " read into the front matter");
        return Optional.of(new String[] {reason, date});
      }
    }
    return Optional.empty();
  }
}
