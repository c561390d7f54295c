package org.glossa.content.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostic;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the importer cannot read from a raw source, kept beside it as {@code <name>.meta.yaml}: where
 * the article goes ({@code slug}), its date and how it is known, the outlet, the speakers with the
 * labels that introduce their turns in the source, and the editorial note. Absent values are empty
 * strings.
 */
public record SourceMeta(
    String slug, String title, String date, String datePrecision, String dateNote, String outlet,
    Map<String, Speaker> speakers, String note) {

  /** A speaker of an interview; {@code labels} are the names that start the speaker's turns in the source. */
  public record Speaker(String id, String name, String role, List<String> labels) {
    public Speaker {
      labels = List.copyOf(labels);
    }
  }

  private static final Set<String> KEYS =
      Set.of("slug", "title", "date", "datePrecision", "dateNote", "outlet", "speakers", "note");
  private static final Set<String> SPEAKER_KEYS = Set.of("name", "role", "labels");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  public SourceMeta {
    speakers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
  }

  public static SourceMeta empty() {
    return new SourceMeta("", "", "", "", "", "", Map.of(), "");
  }

  public static Optional<SourceMeta> load(Path path, List<Diagnostic> diagnostics) {
    try {
      return parse(path, Files.readString(path, StandardCharsets.UTF_8), diagnostics);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(path, 0, 0, "cannot read meta file: " + e.getMessage(),
          "create it beside the raw source with at least 'slug: interviews/<name>'"));
      return Optional.empty();
    }
  }

  public static Optional<SourceMeta> parse(Path path, String text, List<Diagnostic> diagnostics) {
    int before = diagnostics.size();
    YamlTree yaml = new YamlTree(path, diagnostics);
    Optional<Map<String, Node>> top = yaml.root(text).map(root -> yaml.entries(root, "the meta file", KEYS));
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> m = top.get();
    String slug = value(yaml, m, "slug");
    if (!SLUG.matcher(slug).matches()) {
      yaml.error(m.get("slug"), slug.isEmpty() ? "missing 'slug'" : "invalid slug '" + slug + "'",
          "a relative path of lower-case words joined by '-', e.g. interviews/ai-beyond-large-models");
    }
    String date = value(yaml, m, "date");
    if (!date.isEmpty() && !DATE.matcher(date).matches()) {
      yaml.error(m.get("date"), "invalid date '" + date + "'", "use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    String precision = value(yaml, m, "datePrecision");
    if (!precision.isEmpty() && !Set.of("year", "month", "day").contains(precision)) {
      yaml.error(m.get("datePrecision"), "invalid datePrecision '" + precision + "'", "use year, month or day");
    }
    SourceMeta meta = new SourceMeta(slug, value(yaml, m, "title"), date, precision, value(yaml, m, "dateNote"),
        value(yaml, m, "outlet"), speakers(yaml, m.get("speakers")), value(yaml, m, "note"));
    return diagnostics.size() == before ? Optional.of(meta) : Optional.empty();
  }

  private static String value(YamlTree yaml, Map<String, Node> entries, String key) {
    Node node = entries.get(key);
    return node == null ? "" : yaml.scalar(node, key).orElse("");
  }

  private static Map<String, Speaker> speakers(YamlTree yaml, Node node) {
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    if (node == null) {
      return speakers;
    }
    for (Map.Entry<String, Node> e : yaml.entries(node, "speakers", null).entrySet()) {
      if (!ID.matcher(e.getKey()).matches()) {
        yaml.error(e.getValue(), "invalid speaker id '" + e.getKey() + "'", "use lower-case letters, digits and '-'");
      }
      Map<String, Node> s = yaml.entries(e.getValue(), "speaker " + e.getKey(), SPEAKER_KEYS);
      String name = value(yaml, s, "name");
      String role = value(yaml, s, "role");
      if (name.isEmpty()) {
        yaml.error(e.getValue(), "speaker " + e.getKey() + " has no name", "");
      }
      if (!Set.of("interviewer", "interviewee").contains(role)) {
        yaml.error(e.getValue(), "speaker " + e.getKey() + ": role must be interviewer or interviewee", "");
      }
      List<String> labels = new ArrayList<>();
      for (Node label : yaml.items(s.get("labels"), "speaker " + e.getKey() + " labels")) {
        yaml.scalar(label, "label").filter(l -> !l.isBlank()).ifPresent(l -> labels.add(l.strip()));
      }
      speakers.put(e.getKey(), new Speaker(e.getKey(), name, role, labels));
    }
    return speakers;
  }
}
