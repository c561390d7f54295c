package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.GlossaryEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every note and every glossary entry of the real edition makes the same claims in every language:
 * the same labels, the same works cited, the same links and the same numbers and years. A
 * translation may word a note differently; it may not source, date or count it differently.
 */
class ClaimsParityTest {
  static Build.Sources sources;

  @BeforeAll
  static void read() throws Exception {
    sources = new Build(BuildOptions.inFolder(Path.of("")).checkOnly()).readSources();
  }

  @Test
  void everyNoteMakesTheSameClaimsInEveryLanguage() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Article article : sources.articles()) {
      Map<String, Map<String, String>> notes = new LinkedHashMap<>();
      for (ArticleVersion version : article.versions().values()) {
        notes.put(version.lang(), noteTexts(version.source().path()));
      }
      Map<String, String> original = notes.get(article.originalLang());
      for (Map.Entry<String, Map<String, String>> other : notes.entrySet()) {
        assertEquals(original.keySet(), other.getValue().keySet(), article.key() + " " + other.getKey() + ": note labels");
        original.forEach((label, text) -> compare(article.key() + " [^" + label + "] " + other.getKey(),
            Claims.of(text), Claims.of(other.getValue().get(label)), problems));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyGlossaryEntryMakesTheSameClaimsInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    String first = sources.config().languages().get(0).tag();
    for (GlossaryEntry entry : sources.glossary().list()) {
      Claims reference = claims(entry.sense(first).orElseThrow());
      entry.senses().forEach((lang, sense) -> compare(entry.id() + " " + lang, reference, claims(sense), problems));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theEditionCitesItsSources() {
    long cited = sources.articles().stream().flatMap(a -> a.versions().values().stream())
        .mapToLong(v -> v.body().citations().size()).sum();
    assertTrue(cited >= 40, "the notes cite only " + cited + " works");
    assertTrue(sources.glossary().list().stream().filter(e -> !e.sources().isEmpty()).count() >= 15, "glossary entries with sources");
  }

  private static Claims claims(GlossaryEntry.Sense sense) {
    return Claims.of(sense.shortDefinition() + "\n" + sense.longDefinition());
  }

  private static void compare(String where, Claims expected, Claims actual, List<String> problems) {
    if (!expected.citations().equals(actual.citations())) {
      problems.add(where + ": cites " + actual.citations() + ", the original " + expected.citations());
    }
    if (!expected.links().equals(actual.links())) {
      problems.add(where + ": links to " + actual.links() + ", the original " + expected.links());
    }
    if (!expected.numbers().equals(actual.numbers())) {
      problems.add(where + ": states the numbers " + actual.numbers() + ", the original " + expected.numbers());
    }
  }

  /** Each footnote definition's text by label (a definition runs to the next one or the end of the file). */
  static Map<String, String> noteTexts(Path file) throws Exception {
    Map<String, String> notes = new LinkedHashMap<>();
    String label = null;
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[\\^([^\\]]+)\\]:\\s?(.*)$").matcher(line);
      if (m.matches()) {
        if (label != null) {
          notes.put(label, text.toString());
        }
        label = m.group(1);
        text.setLength(0);
        text.append(m.group(2));
      } else if (label != null) {
        text.append('\n').append(line);
      }
    }
    if (label != null) {
      notes.put(label, text.toString());
    }
    return notes;
  }
}
