package org.glossa.content.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.glossa.diag.Diagnostic;
import org.yaml.snakeyaml.nodes.Node;

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
  public static Optional<CleaningRules> load(Path path, List<Diagnostic> diagnostics) {
    try {
      return parse(path, Files.readString(path, StandardCharsets.UTF_8), diagnostics);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(path, 0, 0, "cannot read rules file: " + e.getMessage(), ""));
      return Optional.empty();
    }
  }

  public static Optional<CleaningRules> parse(Path path, String text, List<Diagnostic> diagnostics) {
    int before = diagnostics.size();
    YamlTree yaml = new YamlTree(path, diagnostics);
    Optional<Map<String, Node>> top = yaml.root(text).map(root -> yaml.entries(root, "the rules file", TOP));
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> spam = section(yaml, top.get().get("spam"), "spam", LISTS);
    Map<String, Node> chrome = section(yaml, top.get().get("chrome"), "chrome", CHROME);
    String file = path.getFileName().toString();
    CleaningRules rules = new CleaningRules(
        strings(yaml, file, spam.get("strings"), "spam.strings"),
        patterns(yaml, file, spam.get("patterns"), "spam.patterns"),
        strings(yaml, file, chrome.get("lines"), "chrome.lines"),
        patterns(yaml, file, chrome.get("patterns"), "chrome.patterns"),
        patterns(yaml, file, top.get().get("metadata"), "metadata"),
        corrections(yaml, file, top.get().get("typos"), "typos"),
        corrections(yaml, file, top.get().get("scriptCorrections"), "scriptCorrections"));
    return diagnostics.size() == before ? Optional.of(rules) : Optional.empty();
  }

  private static Map<String, Node> section(YamlTree yaml, Node node, String name, Set<String> keys) {
    return node == null ? Map.of() : yaml.entries(node, name, keys);
  }

  private static List<TextRule> strings(YamlTree yaml, String file, Node node, String context) {
    List<TextRule> rules = new ArrayList<>();
    for (Node item : yaml.items(node, context)) {
      yaml.scalar(item, context).ifPresent(text -> {
        if (text.isBlank()) {
          yaml.error(item, context + ": empty string", "remove the entry");
        } else {
          rules.add(new TextRule(text.strip(), "", file + ":" + YamlTree.line(item)));
        }
      });
    }
    return rules;
  }

  private static List<PatternRule> patterns(YamlTree yaml, String file, Node node, String context) {
    List<PatternRule> rules = new ArrayList<>();
    for (Node item : yaml.items(node, context)) {
      yaml.scalar(item, context).ifPresent(regex -> {
        try {
          Pattern pattern = Pattern.compile(regex);
          if (pattern.matcher("").matches() || pattern.matcher("").find()) {
            yaml.error(item, context + ": pattern matches the empty string", "a pattern must match some text");
          } else {
            rules.add(new PatternRule(pattern, file + ":" + YamlTree.line(item)));
          }
        } catch (PatternSyntaxException e) {
          yaml.error(item, context + ": invalid regular expression: " + e.getDescription(),
              "regular expressions use Java syntax; quote them with single quotes in YAML");
        }
      });
    }
    return rules;
  }

  private static List<TextRule> corrections(YamlTree yaml, String file, Node node, String context) {
    List<TextRule> rules = new ArrayList<>();
    for (Node item : yaml.items(node, context)) {
      Map<String, Node> entry = yaml.entries(item, context, CORRECTION);
      Optional<String> text = entry.containsKey("text") ? yaml.scalar(entry.get("text"), context + ".text") : Optional.empty();
      Optional<String> correction =
          entry.containsKey("correction") ? yaml.scalar(entry.get("correction"), context + ".correction") : Optional.empty();
      if (text.isEmpty() || correction.isEmpty() || text.get().isEmpty() || text.get().equals(correction.get())) {
        yaml.error(item, context + ": each entry needs a 'text' and a different 'correction'", "e.g. {text: AIPI, correction: API}");
      } else {
        rules.add(new TextRule(text.get(), correction.get(), file + ":" + YamlTree.line(item)));
      }
    }
    return rules;
  }
}
