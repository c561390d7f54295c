package org.glossa.content.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;

/**
 * The editor-maintained cleaning rules of {@code content/sources/import-rules.yaml}: spam strings
 * and patterns, chrome lines and patterns, metadata lines, evident typos and corrections of the
 * script conversion. Every rule remembers where it is written so the audit can name it.
 */
public record CleaningRules(
    List<TextRule> spamStrings,
    List<PatternRule> spamPatterns,
    List<TextRule> chromeLines,
    List<PatternRule> chromePatterns,
    List<PatternRule> metadataPatterns,
    List<TextRule> typos,
    List<TextRule> scriptCorrections) {

  /** A literal rule; {@code replacement} is empty for removals. {@code where} is e.g. "import-rules.yaml:7". */
  public record TextRule(String text, String replacement, String where) {}

  /** A regular expression rule. */
  public record PatternRule(Pattern pattern, String where) {}

  private static final Set<String> TOP = Set.of("spam", "chrome", "metadata", "typos", "scriptCorrections");
  private static final Set<String> LISTS = Set.of("strings", "patterns");
  private static final Set<String> CHROME = Set.of("lines", "patterns");
  private static final Set<String> CORRECTION = Set.of("text", "correction");

  public CleaningRules {
    spamStrings = List.copyOf(spamStrings);
    spamPatterns = List.copyOf(spamPatterns);
    chromeLines = List.copyOf(chromeLines);
    chromePatterns = List.copyOf(chromePatterns);
    metadataPatterns = List.copyOf(metadataPatterns);
    typos = List.copyOf(typos);
    scriptCorrections = List.copyOf(scriptCorrections);
  }

  public static CleaningRules none() {
    return new CleaningRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Reads the rules file; problems (with their line numbers) go to {@code diagnostics}. */
  public static Optional<CleaningRules> load(Path path, Diagnostics diagnostics) {
    return SourceFile.read(path, diagnostics).flatMap(file -> parse(path, file.text(), diagnostics));
  }

  public static Optional<CleaningRules> parse(Path path, String text, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    Optional<YamlMap> parsed = YamlMap.parse(text, path, 0, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap top = parsed.get();
    if (top.keys().isEmpty()) {
      top.error("the rules file has no rules", "write them under " + String.join(", ", TOP.stream().sorted().toList()));
      return Optional.empty();
    }
    rejectUnknownKeys(top, TOP, "the rules file");
    Optional<YamlMap> spam = section(top, "spam", LISTS);
    Optional<YamlMap> chrome = section(top, "chrome", CHROME);
    CleaningRules rules = new CleaningRules(
        spam.map(s -> strings(s, "strings", "spam.strings")).orElse(List.of()),
        spam.map(s -> patterns(s, "patterns", "spam.patterns")).orElse(List.of()),
        chrome.map(c -> strings(c, "lines", "chrome.lines")).orElse(List.of()),
        chrome.map(c -> patterns(c, "patterns", "chrome.patterns")).orElse(List.of()),
        patterns(top, "metadata", "metadata"),
        corrections(top, "typos"),
        corrections(top, "scriptCorrections"));
    return diagnostics.errorCount() == errorsBefore ? Optional.of(rules) : Optional.empty();
  }

  /** The section {@code name} with its keys checked; empty when absent. */
  private static Optional<YamlMap> section(YamlMap top, String name, Set<String> keys) {
    Optional<YamlMap> section = top.map(name);
    section.ifPresent(s -> rejectUnknownKeys(s, keys, name));
    return section;
  }

  private static void rejectUnknownKeys(YamlMap map, Set<String> allowed, String context) {
    map.rejectUnknownKeys(allowed, key -> "unknown key '" + key + "' in " + context);
  }

  private static List<TextRule> strings(YamlMap section, String key, String context) {
    List<TextRule> rules = new ArrayList<>();
    for (YamlMap.Scalar item : section.scalars(key)) {
      if (item.value().isBlank()) {
        section.errorAt(item, context + ": empty string", "remove the entry");
      } else {
        rules.add(new TextRule(item.value().strip(), "", where(section, item.line())));
      }
    }
    return rules;
  }

  private static List<PatternRule> patterns(YamlMap section, String key, String context) {
    List<PatternRule> rules = new ArrayList<>();
    for (YamlMap.Scalar item : section.scalars(key)) {
      try {
        Pattern pattern = Pattern.compile(item.value());
        if (pattern.matcher("").matches() || pattern.matcher("").find()) {
          section.errorAt(item, context + ": pattern matches the empty string", "a pattern must match some text");
        } else {
          rules.add(new PatternRule(pattern, where(section, item.line())));
        }
      } catch (PatternSyntaxException e) {
        section.errorAt(item, context + ": invalid regular expression: " + e.getDescription(),
            "regular expressions use Java syntax; quote them with single quotes in YAML");
      }
    }
    return rules;
  }

  private static List<TextRule> corrections(YamlMap top, String key) {
    List<TextRule> rules = new ArrayList<>();
    for (YamlMap entry : top.maps(key)) {
      rejectUnknownKeys(entry, CORRECTION, key);
      Optional<String> text = entry.string("text").filter(t -> !t.isEmpty());
      Optional<String> correction = entry.string("correction");
      if (text.isEmpty() || correction.isEmpty() || text.get().equals(correction.get())) {
        entry.error(key + ": each entry needs a 'text' and a different 'correction'", "e.g. {text: AIPI, correction: API}");
      } else {
        rules.add(new TextRule(text.get(), correction.get(), where(entry, entry.line())));
      }
    }
    return rules;
  }

  /** Where a rule is written, for the audit: e.g. {@code import-rules.yaml:17}. */
  private static String where(YamlMap map, int line) {
    return map.path().getFileName() + ":" + line;
  }
}
