package org.glossa.content.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glossa.content.Speaker;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;
import org.glossa.text.PartialDate;

/**
 * What the importer cannot read from a raw source, kept beside it as {@code <name>.meta.yaml}: where
 * the article goes ({@code slug}), its date and how it is known, the outlet, the speakers with the
 * labels that introduce their turns in the source, and the editorial note. Absent values are empty
 * strings.
 */
public record SourceMeta(
    String slug, String title, String date, String datePrecision, String dateNote, String outlet,
    Map<String, LabelledSpeaker> speakers, String note) {

  /** A speaker of an interview with {@code labels}, the names that start the speaker's turns in the source. */
  public record LabelledSpeaker(Speaker speaker, List<String> labels) {
    public LabelledSpeaker {
      labels = List.copyOf(labels);
    }
  }

  private static final Set<String> KEYS =
      Set.of("slug", "title", "date", "datePrecision", "dateNote", "outlet", "speakers", "note");
  private static final Set<String> SPEAKER_KEYS = Set.of("name", "role", "labels");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  public SourceMeta {
    speakers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
  }

  public static SourceMeta empty() {
    return new SourceMeta("", "", "", "", "", "", Map.of(), "");
  }

  public static Optional<SourceMeta> load(Path path, Diagnostics diagnostics) {
    if (!Files.isRegularFile(path)) {
      diagnostics.error(path, 0, 0, "cannot read meta file: no such file",
          "create it beside the raw source with at least 'slug: interviews/<name>'");
      return Optional.empty();
    }
    return SourceFile.read(path, diagnostics).flatMap(file -> parse(path, file.text(), diagnostics));
  }

  public static Optional<SourceMeta> parse(Path path, String text, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    Optional<YamlMap> parsed = YamlMap.parse(text, path, 0, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = parsed.get();
    yaml.rejectUnknownKeys(KEYS, key -> "unknown key '" + key + "' in the meta file");
    String slug = yaml.string("slug", "");
    if (!SLUG.matcher(slug).matches()) {
      yaml.errorAt("slug", slug.isEmpty() ? "missing 'slug'" : "invalid slug '" + slug + "'",
          "a relative path of lower-case words joined by '-', e.g. interviews/ai-beyond-large-models");
    }
    String date = date(yaml);
    String precision = yaml.string("datePrecision", "");
    if (!precision.isEmpty()) {
      Optional<PartialDate.Precision> p = PartialDate.parsePrecision(precision);
      if (p.isEmpty()) {
        yaml.errorAt("datePrecision", "invalid datePrecision '" + precision + "'", "use year, month or day");
      } else if (!date.isEmpty() && !PartialDate.parse(date).orElseThrow().allows(p.get())) {
        yaml.errorAt("datePrecision", "datePrecision '" + precision + "' is finer than the date '" + date + "'",
            "give the date to the " + precision + " or lower the precision");
      }
    }
    SourceMeta meta = new SourceMeta(slug, yaml.string("title", ""), date, precision, yaml.string("dateNote", ""),
        yaml.string("outlet", ""), speakers(yaml), yaml.string("note", ""));
    return diagnostics.errorCount() == errorsBefore ? Optional.of(meta) : Optional.empty();
  }

  /** The date as written (YYYY, YYYY-MM or YYYY-MM-DD), checked to be a real one by {@link PartialDate}. */
  private static String date(YamlMap yaml) {
    Optional<String> raw = yaml.string("date").filter(d -> !d.isEmpty());
    Optional<PartialDate> date = raw.flatMap(PartialDate::parse);
    if (raw.isPresent() && date.isEmpty()) {
      yaml.errorAt("date", "invalid date '" + raw.get() + "'", "use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return date.map(PartialDate::iso).orElse("");
  }

  private static Map<String, LabelledSpeaker> speakers(YamlMap yaml) {
    Map<String, LabelledSpeaker> speakers = new LinkedHashMap<>();
    Optional<YamlMap> map = yaml.map("speakers");
    if (map.isEmpty()) {
      return speakers;
    }
    for (String id : map.get().keys()) {
      if (!ID.matcher(id).matches()) {
        map.get().errorAt(id, "invalid speaker id '" + id + "'", "use lower-case letters, digits and '-'");
      }
      Optional<YamlMap> s = map.get().map(id);
      s.ifPresent(m -> m.rejectUnknownKeys(SPEAKER_KEYS, key -> "unknown key '" + key + "' in speaker " + id));
      String name = s.map(m -> m.string("name", "")).orElse("");
      Optional<Speaker.Role> role = s.flatMap(m -> m.string("role")).flatMap(Speaker.Role::parse);
      if (name.isEmpty()) {
        map.get().errorAt(id, "speaker " + id + " has no name", "");
      }
      if (role.isEmpty()) {
        map.get().errorAt(id, "speaker " + id + ": role must be interviewer or interviewee", "");
      }
      List<String> labels = s.map(m -> m.strings("labels")).orElse(List.of()).stream()
          .filter(l -> !l.isBlank()).map(String::strip).toList();
      role.ifPresent(r -> speakers.put(id, new LabelledSpeaker(new Speaker(id, name, r), labels)));
    }
    return speakers;
  }
}
