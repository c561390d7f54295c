package org.glossa.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glossa.config.Language;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.IoProblem;
import org.glossa.source.SourceTree;
import org.glossa.text.LikelyScript;

/**
 * The interface texts of each language, from {@code templates/i18n/<tag>.properties} (UTF-8), or
 * the file of the tag's likely script ({@code zh} reads {@code zh-Hans.properties}).
 * Every language must define every key that any other language defines.
 */
public final class Messages {
  private final Map<String, Map<String, String>> byLanguage;

  private Messages(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  public static Messages load(Path templatesDir, List<Language> languages, Diagnostics diagnostics) {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (Language language : languages) {
      Path file = file(templatesDir, language);
      Properties p = new Properties();
      Optional<String> link = Files.exists(file) ? SourceTree.linkProblem(templatesDir, file) : Optional.empty();
      if (link.isPresent()) {
        diagnostics.error(file, 0, 0, link.get() + ": it is not read", "copy the file into the templates folder instead of linking to it");
        all.put(language.tag(), Map.of());
        continue;
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        diagnostics.error(file, 0, 0, "cannot read the messages of " + language.tag() + ": "
            + (e instanceof IOException io ? IoProblem.describe(io) : e.getMessage()),
            "create " + file + " with the keys of the other languages' files");
      }
      Map<String, String> map = new TreeMap<>();
      p.forEach((k, v) -> map.put(k.toString(), v.toString()));
      all.put(language.tag(), Map.copyOf(map));
    }
    TreeSet<String> keys = new TreeSet<>();
    all.values().forEach(m -> keys.addAll(m.keySet()));
    for (Language language : languages) {
      for (String key : keys) {
        if (!all.get(language.tag()).containsKey(key)) {
          diagnostics.error(file(templatesDir, language), 0, 0, "message '" + key + "' is missing for " + language.tag(),
              "add a line '" + key + "=...' translated into " + language.name());
        }
      }
    }
    return new Messages(all);
  }

  public Map<String, String> of(Language language) {
    return byLanguage.getOrDefault(language.tag(), Map.of());
  }

  public String get(Language language, String key) {
    return of(language).getOrDefault(key, key);
  }

  /**
   * {@code i18n/<tag>.properties}; for a tag that names no script ({@code zh}, as the files of a plain
   * corpus say), the file of its likely script ({@code zh-Hans.properties}) when only that exists.
   */
  private static Path file(Path templatesDir, Language language) {
    Path dir = templatesDir.resolve("i18n");
    Path own = dir.resolve(language.tag() + ".properties");
    return Files.exists(own) ? own : LikelyScript.of(language.tag()).map(t -> dir.resolve(t + ".properties"))
        .filter(Files::exists).orElse(own);
  }
}
