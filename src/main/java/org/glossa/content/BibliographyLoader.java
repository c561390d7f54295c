package org.glossa.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glossa.config.Language;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.LocalText;
import org.glossa.markdown.citation.Reference;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;
import org.glossa.text.PartialDate;

/**
 * Reads {@code content/references.yaml}, the works that notes and glossary definitions cite. Every
 * problem is reported with its line: a malformed key, an unknown field, a missing language or
 * title, a date or URL that does not parse, a per-language text that leaves out a language.
 */
public final class BibliographyLoader {
  public static final String FILE = "references.yaml";
  private static final Set<String> FIELDS = Set.of("author", "outlet", "title", "date", "url", "language", "note");

  private BibliographyLoader() {}

  public static Bibliography load(Path contentDir, List<Language> languages, Diagnostics diagnostics) {
    Path path = contentDir.resolve(FILE);
    if (!Files.exists(path)) {
      return Bibliography.EMPTY;
    }
    return SourceFile.read(path, diagnostics).map(f -> load(f, languages, diagnostics)).orElse(Bibliography.EMPTY);
  }

  /** The bibliography in {@code file}, already read. */
  public static Bibliography load(SourceFile file, List<Language> languages, Diagnostics diagnostics) {
    Optional<YamlMap> yaml = YamlMap.parse(file.text(), file.path(), 0, diagnostics);
    if (yaml.isEmpty()) {
      return Bibliography.EMPTY;
    }
    Set<String> tags = languages.stream().map(Language::tag).collect(Collectors.toSet());
    // A generated language (zh-Hant) may have its own text; without one, ScriptConversion converts its source's.
    Set<String> required = languages.stream().filter(l -> !l.isGenerated()).map(Language::tag).collect(Collectors.toSet());
    Map<String, Reference> references = new LinkedHashMap<>();
    for (String key : yaml.get().keys()) {
      if (!key.matches("[a-z0-9](?:[a-z0-9._:-]*[a-z0-9])?")) {
        yaml.get().errorAtKey(key, "reference key '" + key + "' must be lower-case letters, digits and inner '.', '_', ':' or '-'",
            "it is cited as [@" + key.toLowerCase(Locale.ROOT) + "] in notes and glossary definitions");
        continue;
      }
      yaml.get().map(key).flatMap(entry -> reference(key, entry, yaml.get().line(key), tags, required)).ifPresent(r -> references.put(key, r));
    }
    return new Bibliography(references);
  }

  private static Optional<Reference> reference(String key, YamlMap e, int line, Set<String> tags, Set<String> required) {
    e.rejectUnknownKeys(FIELDS, k -> "unknown reference field '" + k + "' (known: author, outlet, title, date, url, language, note)");
    Optional<String> language = e.string("language").map(String::strip).filter(l -> !l.isEmpty());
    if (language.isEmpty()) {
      e.errorAtKey("language", "reference '" + key + "' has no language", "add language: with the BCP 47 tag of the work, e.g. zh-Hans or en");
    } else if (Locale.forLanguageTag(language.get()).getLanguage().isEmpty()) {
      e.errorAt("language", "'" + language.get() + "' is not a BCP 47 language tag", "write e.g. zh-Hans, zh-Hant or en");
    }
    Optional<String> title = e.string("title").map(String::strip).filter(t -> !t.isEmpty());
    LocalText outlet = text(e, "outlet", tags, required);
    if (title.isEmpty() && outlet.isEmpty()) {
      e.error("reference '" + key + "' has neither a title nor an outlet", "a reader needs at least one of them to find the work");
    }
    Optional<PartialDate> date = e.string("date").flatMap(raw -> {
      Optional<PartialDate> parsed = PartialDate.parse(raw.strip());
      if (parsed.isEmpty()) {
        e.errorAt("date", "'" + raw + "' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD; leave it out when the date is unknown");
      }
      return parsed;
    });
    Optional<String> url = e.string("url").map(String::strip).filter(u -> {
      boolean ok = GlossaryLoader.isHttpUrl(u);
      if (!ok) {
        e.errorAt("url", "'" + u + "' is not an absolute http(s) URL", "copy the address as it stands; leave url: out when the work is not online");
      }
      return ok;
    });
    LocalText author = text(e, "author", tags, required);
    LocalText note = text(e, "note", tags, required);
    return language.map(l -> new Reference(key, author, outlet, title, date, url, l, note, line));
  }

  /** A field that is either one text or a map with a text for every language of the site. */
  private static LocalText text(YamlMap e, String field, Set<String> tags, Set<String> required) {
    if (!e.isMap(field)) {
      return e.string(field).map(String::strip).filter(s -> !s.isEmpty()).map(LocalText::of).orElse(LocalText.NONE);
    }
    YamlMap map = e.map(field).orElseThrow();
    map.rejectUnknownKeys(tags, k -> "'" + k + "' is not a language of this site");
    Map<String, String> texts = new LinkedHashMap<>();
    for (String tag : tags) {
      Optional<String> text = map.string(tag).map(String::strip).filter(s -> !s.isEmpty());
      if (text.isEmpty() && required.contains(tag)) {
        e.errorAt(field, "'" + field + "' has no " + tag + " text", "give every language a text, or write one text for all");
      }
      text.ifPresent(t -> texts.put(tag, t));
    }
    return new LocalText(Optional.empty(), texts);
  }
}
