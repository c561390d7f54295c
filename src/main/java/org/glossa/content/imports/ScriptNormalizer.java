package org.glossa.content.imports;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.CleaningRules.TextRule;

/**
 * Makes the canonical text Simplified. A source is taken as Traditional when at least
 * {@link #TRADITIONAL_SHARE} of its Han characters change under ICU's {@code Hant-Hans}; it is then
 * converted line by line, every changed character audited, and the rules' {@code scriptCorrections}
 * applied where ICU chooses wrongly. A Simplified source is left as it is.
 */
final class ScriptNormalizer {
  static final double TRADITIONAL_SHARE = 0.05;

  private final Transliterator hantToHans = Transliterator.getInstance("Hant-Hans");
  private final CleaningRules rules;

  ScriptNormalizer(CleaningRules rules) {
    this.rules = rules;
  }

  /** Share of the Han characters of {@code lines} that Hant-Hans changes. */
  double traditionalShare(List<SourceLine> lines) {
    long han = 0;
    long changed = 0;
    for (SourceLine line : lines) {
      String text = line.text();
      String converted = hantToHans.transliterate(text);
      han += text.codePoints().filter(CharKinds::isHan).count();
      if (converted.length() == text.length()) {
        for (int i = 0; i < text.length(); i++) {
          changed += text.charAt(i) != converted.charAt(i) ? 1 : 0;
        }
      } else {
        changed += Math.abs(converted.length() - text.length()) + 1;
      }
    }
    return han == 0 ? 0 : (double) changed / han;
  }

  List<SourceLine> apply(List<SourceLine> lines, List<AuditEntry> audit) {
    double share = traditionalShare(lines);
    if (share < TRADITIONAL_SHARE) {
      return lines;
    }
    List<SourceLine> converted = new ArrayList<>();
    for (SourceLine line : lines) {
      converted.add(correct(convert(line, audit), audit));
    }
    SourceLine first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(lines.get(0));
    audit.add(new AuditEntry(first.number(), 1, Kind.STRUCTURE, "", "",
        String.format("script: Traditional detected (%.0f%% of the Han characters change under ICU Hant-Hans); "
            + "the canonical text is converted to Simplified", share * 100)));
    return converted;
  }

  private SourceLine convert(SourceLine line, List<AuditEntry> audit) {
    String text = line.text();
    String target = hantToHans.transliterate(text);
    if (target.equals(text)) {
      return line;
    }
    if (target.length() == text.length()) {
      SourceLine result = line;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != target.charAt(i)) {
          audit.add(new AuditEntry(line.number(), line.column(i), Kind.CONVERTED_SCRIPT,
              String.valueOf(text.charAt(i)), String.valueOf(target.charAt(i)), "ICU Hant-Hans"));
          result = result.replace(i, i + 1, String.valueOf(target.charAt(i)));
        }
      }
      return result;
    }
    int prefix = 0;
    while (prefix < text.length() && prefix < target.length() && text.charAt(prefix) == target.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < text.length() - prefix && suffix < target.length() - prefix
        && text.charAt(text.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
      suffix++;
    }
    String replacement = target.substring(prefix, target.length() - suffix);
    audit.add(new AuditEntry(line.number(), line.column(prefix), Kind.CONVERTED_SCRIPT,
        text.substring(prefix, text.length() - suffix), replacement, "ICU Hant-Hans"));
    return line.replace(prefix, text.length() - suffix, replacement);
  }

  private SourceLine correct(SourceLine line, List<AuditEntry> audit) {
    SourceLine current = line;
    for (TextRule rule : rules.scriptCorrections()) {
      int from = 0;
      int at;
      while ((at = current.text().indexOf(rule.text(), from)) >= 0) {
        audit.add(new AuditEntry(current.number(), current.column(at), Kind.CONVERTED_SCRIPT, rule.text(),
            rule.replacement(), "correction of ICU's choice, rule " + rule.where()));
        current = current.replace(at, at + rule.text().length(), rule.replacement());
        from = at + rule.replacement().length();
      }
    }
    return current;
  }
}
