package org.glossa.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;
import org.glossa.text.PartialDate;

/** Reads the YAML block between the leading {@code ---} lines of an article into {@link FrontMatter}. */
public final class FrontMatterReader {
  static final Set<String> KEYS = FrontMatterKey.names();
  private static final Set<String> SPEAKER_KEYS = Set.of("name", "role");

  private FrontMatterReader() {}

  /** The front matter block of a file: its YAML text, which starts on line 2. Empty when absent. */
  public static Optional<String> block(String text) {
    if (!text.startsWith("---\n")) {
      return Optional.empty();
    }
    int end = text.indexOf("\n---", 3);
    while (end >= 0) {
      int after = end + 4;
      if (after == text.length() || text.charAt(after) == '\n' || text.substring(after).startsWith(" \n")) {
        return Optional.of(text.substring(4, end + 1));
      }
      end = text.indexOf("\n---", after);
    }
    return Optional.empty();
  }

  /** Reads a file's front matter without knowing its language (any {@code lang:} is accepted). */
  public static Optional<FrontMatter> read(SourceFile file, Diagnostics diagnostics) {
    return read(file, null, diagnostics);
  }

  /**
   * @param lang the language the file's name gives it; a {@code lang:} key (Jekyll Polyglot's) must
   *     agree with it; null when not known
   */
  public static Optional<FrontMatter> read(SourceFile file, String lang, Diagnostics diagnostics) {
    Optional<String> block = block(file.text());
    if (block.isEmpty()) {
      diagnostics.error(file.path(), 1, 1, "missing front matter",
          "start the file with a '---' line, then 'title: ...', then a closing '---' line");
      return Optional.empty();
    }
    return YamlMap.parse(block.get(), file.path(), 1, diagnostics).flatMap(yaml -> read(yaml, lang, diagnostics));
  }

  private static Optional<FrontMatter> read(YamlMap yaml, String lang, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    yaml.rejectUnknownKeys(KEYS, "front-matter");
    yaml.string("lang").filter(l -> lang != null && !l.strip().equalsIgnoreCase(lang)).ifPresent(l -> yaml.errorAt("lang",
        "lang '" + l + "' disagrees with the file name, which makes this the " + lang + " version",
        "the name decides the language (name." + lang + ".md, or name.md for the default language): rename the file or write 'lang: " + lang + "'"));
    Optional<String> title = yaml.string("title").map(String::strip).filter(s -> !s.isEmpty());
    if (title.isEmpty()) {
      yaml.errorAt("title", "the article has no title", "add 'title: ...' to the front matter");
    }
    Optional<PartialDate> date = date(yaml);
    Optional<String> sourceUrl = yaml.string("sourceUrl");
    if (sourceUrl.isPresent() && !GlossaryLoader.isHttpUrl(sourceUrl.get())) {
      yaml.errorAt("sourceUrl", "sourceUrl '" + sourceUrl.get() + "' is not an absolute http(s) URL",
          "leave sourceUrl out when the original address is not known");
    }
    Map<String, Speaker> speakers = speakers(yaml);
    FrontMatter fm = new FrontMatter(title.orElse(""), yaml.string("subtitle"), date, yaml.string("dateNote"),
        yaml.string("outlet"), sourceUrl, speakers, yaml.string("summary"), yaml.strings("tags"),
        yaml.bool("draft").orElse(false), yaml.string("translationKey"), yaml.string("translatedFrom"),
        yaml.string("note"));
    return diagnostics.errorCount() == errorsBefore ? Optional.of(fm) : Optional.empty();
  }

  private static Optional<PartialDate> date(YamlMap yaml) {
    Optional<String> raw = yaml.string("date");
    if (raw.isEmpty()) {
      if (yaml.has("datePrecision")) {
        yaml.errorAt("datePrecision", "datePrecision without a date", "add 'date: YYYY-MM-DD' or remove datePrecision");
      }
      return Optional.empty();
    }
    Optional<PartialDate> date = PartialDate.parse(raw.get());
    if (date.isEmpty()) {
      yaml.errorAt("date", "'" + raw.get() + "' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD");
      return Optional.empty();
    }
    Optional<String> precision = yaml.string("datePrecision");
    if (precision.isEmpty()) {
      return date;
    }
    Optional<PartialDate.Precision> p = PartialDate.parsePrecision(precision.get());
    if (p.isEmpty()) {
      yaml.errorAt("datePrecision", "'" + precision.get() + "' is not a date precision", "use day, month or year");
      return Optional.empty();
    }
    if (!date.get().allows(p.get())) {
      yaml.errorAt("datePrecision", "datePrecision '" + precision.get() + "' is finer than the date '" + raw.get() + "'",
          "give the date to the " + precision.get() + " or lower the precision");
      return Optional.empty();
    }
    return Optional.of(date.get().withPrecision(p.get()));
  }

  private static Map<String, Speaker> speakers(YamlMap yaml) {
    Map<String, Speaker> out = new LinkedHashMap<>();
    Optional<YamlMap> map = yaml.map("speakers");
    if (map.isEmpty()) {
      return out;
    }
    for (String id : map.get().keys()) {
      Optional<YamlMap> s = map.get().map(id);
      if (s.isEmpty()) {
        map.get().errorAt(id, "speaker '" + id + "' needs a name and a role", "write '" + id + ": {name: ..., role: interviewee}'");
        continue;
      }
      s.get().rejectUnknownKeys(SPEAKER_KEYS, "speaker");
      Optional<String> name = s.get().string("name");
      if (name.isEmpty()) {
        map.get().errorAt(id, "speaker '" + id + "' has no name", "add 'name: ...'");
      }
      String roleText = s.get().string("role", "interviewee");
      Optional<Speaker.Role> role = Speaker.Role.parse(roleText);
      if (role.isEmpty()) {
        s.get().errorAt("role", "'" + roleText + "' is not a speaker role", "use interviewer or interviewee");
        continue;
      }
      out.put(id, new Speaker(id, name.orElse(id), role.get()));
    }
    return out;
  }
}
