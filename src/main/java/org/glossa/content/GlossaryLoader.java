package org.glossa.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.config.Language;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.glossary.Term;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;

/**
 * Reads {@code content/glossary.yaml}. Reports with their lines: unknown keys, unknown categories,
 * a language without a sense, an empty headword or definition, and a form (headword or alias)
 * claimed by two entries in the same language.
 */
public final class GlossaryLoader {
  public static final String FILE = "glossary.yaml";
  private static final Set<String> SENSE_KEYS = Set.of("headword", "aliases", "short", "long");

  private GlossaryLoader() {}

  public static Glossary load(Path contentDir, List<Language> languages, Diagnostics diagnostics) {
    Path path = contentDir.resolve(FILE);
    if (!Files.exists(path)) {
      return Glossary.EMPTY;
    }
    return SourceFile.read(path, diagnostics).map(f -> load(f, languages, diagnostics)).orElse(Glossary.EMPTY);
  }

  /** The glossary in {@code file}, already read. */
  public static Glossary load(SourceFile file, List<Language> languages, Diagnostics diagnostics) {
    Optional<YamlMap> yaml = YamlMap.parse(file.text(), file.path(), 0, diagnostics);
    if (yaml.isEmpty()) {
      return Glossary.EMPTY;
    }
    Set<String> entryKeys = Stream.concat(Stream.of("category", "expansion", "sources"), languages.stream().map(Language::tag))
        .collect(Collectors.toSet());
    Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
    Map<String, Map<String, String>> formOwner = new HashMap<>();
    for (String id : yaml.get().keys()) {
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        yaml.get().errorAt(id, "glossary id '" + id + "' must be lower-case letters, digits and '-'", "it becomes part of URLs: glossary/#" + id);
        continue;
      }
      Optional<YamlMap> entry = yaml.get().map(id);
      if (entry.isEmpty()) {
        continue;
      }
      YamlMap e = entry.get();
      e.rejectUnknownKeys(entryKeys, k -> k.equals("links")
          ? "'links:' is now 'sources:', a list of keys of " + BibliographyLoader.FILE
          : "unknown glossary entry key '" + k + "'");
      GlossaryEntry.Category category = category(e);
      Map<String, GlossaryEntry.Sense> senses = new LinkedHashMap<>();
      for (Language language : languages) {
        Optional<YamlMap> s = e.map(language.tag());
        if (s.isEmpty() && language.isGenerated()) {
          continue;
        }
        if (s.isEmpty()) {
          yaml.get().errorAtKey(id, "glossary entry '" + id + "' has no " + language.tag() + " definition",
              "add '" + language.tag() + ":' with headword, short and long under the entry");
          continue;
        }
        GlossaryEntry.Sense sense = sense(s.get(), id, language);
        senses.put(language.tag(), sense);
        for (String form : sense.forms()) {
          String owner = formOwner.computeIfAbsent(language.tag(), k -> new HashMap<>()).putIfAbsent(form, id);
          if (owner != null && !owner.equals(id)) {
            s.get().errorAt("aliases", "'" + form + "' is a " + language.tag() + " form of both '" + owner + "' and '" + id + "'",
                "keep it in one entry; the reader can only be sent to one definition");
          }
        }
      }
      entries.put(id, new GlossaryEntry(id, category == null ? GlossaryEntry.Category.CONCEPT : category,
          e.string("expansion"), senses, sources(e), yaml.get().line(id)));
    }
    for (Language language : languages) {
      reportCaseClashes(entries, language, file.path(), diagnostics);
    }
    return new Glossary(entries);
  }

  /** An all-lower-case form matches text in any case, so no other entry may have it in another case. */
  private static void reportCaseClashes(Map<String, GlossaryEntry> entries, Language language, Path path, Diagnostics diagnostics) {
    Map<String, String> lowerCaseOwner = new HashMap<>();
    entries.forEach((id, e) -> e.sense(language.tag()).ifPresent(sense -> sense.forms().stream()
        .filter(f -> f.equals(f.toLowerCase(Locale.ROOT)))
        .forEach(f -> lowerCaseOwner.putIfAbsent(f, id))));
    entries.forEach((id, e) -> e.sense(language.tag()).ifPresent(sense -> {
      for (String form : sense.forms()) {
        String owner = lowerCaseOwner.get(form.toLowerCase(Locale.ROOT));
        if (owner != null && !owner.equals(id)) {
          diagnostics.error(path, sense.line(), 0, "'" + form + "' of '" + id + "' is also matched by the lower-case form '"
              + form.toLowerCase(Locale.ROOT) + "' of '" + owner + "' in " + language.tag(),
              "a lower-case form matches any case: capitalise it, or keep the form in one entry");
        }
      }
    }));
  }

  private static GlossaryEntry.Category category(YamlMap e) {
    String raw = e.string("category", "concept");
    try {
      return GlossaryEntry.Category.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      e.errorAt("category", "'" + raw + "' is not a glossary category", "use concept, organisation, product, person, event or idiom");
      return null;
    }
  }

  private static GlossaryEntry.Sense sense(YamlMap s, String id, Language language) {
    s.rejectUnknownKeys(SENSE_KEYS, "glossary sense");
    String headword = required(s, "headword", id, language);
    String shortDef = required(s, "short", id, language);
    String longDef = required(s, "long", id, language);
    List<String> aliases = new ArrayList<>();
    for (YamlMap.Scalar alias : s.scalars("aliases")) {
      if (alias.value().isBlank()) {
        s.errorAt(alias, "an empty alias of '" + id + "' in " + language.tag(),
            "remove the empty item from aliases, or write the form as it appears in the text");
      } else if (formProblem(alias.value(), id).map(problem -> {
        s.errorAt(alias, problem, "write each alias as it appears in the text, with single ordinary spaces");
        return true;
      }).isEmpty()) {
        aliases.add(alias.value());
      }
    }
    formProblem(headword, id).ifPresent(problem -> s.errorAt("headword", problem, "write the headword with single ordinary spaces"));
    return new GlossaryEntry.Sense(headword, aliases, shortDef, longDef, s.line("headword"), s.line("short"),
        s.line("long") + (s.isBlockScalar("long") ? 1 : 0));
  }

  /** Why a form cannot be matched in text (the matcher's own rule), if it cannot. */
  private static Optional<String> formProblem(String form, String id) {
    return form.isEmpty() ? Optional.empty()
        : Term.problemWith(form).map(problem -> "the form '" + form + "' of '" + id + "' cannot be matched: " + problem);
  }

  private static String required(YamlMap s, String key, String id, Language language) {
    Optional<String> value = s.string(key).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      s.errorAt(key, "glossary entry '" + id + "' has an empty " + key + " in " + language.tag(),
          "write the " + key + (key.equals("headword") ? "" : " definition") + " in " + language.name());
    }
    return value.orElse("");
  }

  /** {@code sources: [key, "key, locator"]}: the works cited for the entry as a whole. */
  private static List<GlossaryEntry.Source> sources(YamlMap e) {
    List<GlossaryEntry.Source> sources = new ArrayList<>();
    for (YamlMap.Scalar item : e.scalars("sources")) {
      int comma = item.value().indexOf(',');
      String key = (comma < 0 ? item.value() : item.value().substring(0, comma)).strip();
      String locator = comma < 0 ? "" : item.value().substring(comma + 1).strip();
      if (key.startsWith("@")) {
        key = key.substring(1);
      }
      sources.add(new GlossaryEntry.Source(key, locator.isEmpty() ? Optional.empty() : Optional.of(locator), item.line(), item.column()));
    }
    return sources;
  }

  static boolean isHttpUrl(String s) {
    try {
      URI uri = new URI(s);
      return uri.isAbsolute() && uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
