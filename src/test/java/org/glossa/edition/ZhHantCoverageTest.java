package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.content.PhraseTableLoader;
import org.glossa.content.ZhHantCheck;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.text.PhraseTable;
import org.glossa.text.TraditionalConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real edition's Traditional text is reviewed: the phrase table reads without problems, and
 * every Chinese source that will be published in Traditional script (articles with their front
 * matter and notes, the glossary, the site configuration, the interface strings) has no unreviewed
 * ambiguous character and the table no stale phrase. After editing Chinese text, rerun with
 * {@code mvn -q test -Dtest=ZhHantCoverageTest}: the failure lists each place and a phrase to add.
 */
class ZhHantCoverageTest {
  static final Path CONTENT = Path.of("content");
  static TraditionalConverter converter;

  @BeforeAll
  static void load() {
    Diagnostics diagnostics = new Diagnostics();
    PhraseTable table = PhraseTableLoader.load(CONTENT, diagnostics);
    assertTrue(diagnostics.isEmpty(), diagnostics.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    converter = new TraditionalConverter(table);
  }

  /** The Simplified sources of everything published in zh-Hant. */
  static List<Path> chineseSources() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CONTENT)) {
      files.filter(p -> p.getFileName().toString().endsWith(".zh-Hans.md"))
          .filter(p -> !p.startsWith(CONTENT.resolve("sources"))).sorted().forEach(out::add);
    }
    out.add(CONTENT.resolve("glossary.yaml"));
    out.add(CONTENT.resolve("references.yaml"));
    out.add(CONTENT.resolve("config.yaml"));
    out.add(Path.of("templates/i18n/zh-Hans.properties"));
    return out;
  }

  @Test
  void everyAmbiguousCharacterIsReviewed() throws IOException {
    ZhHantCheck check = new ZhHantCheck(converter);
    List<Diagnostic> found = new ArrayList<>();
    for (Path source : chineseSources()) {
      found.addAll(check.check(source, Files.readString(source), 0));
    }
    assertEquals(List.of(), report(found), found.size() + " unreviewed places; suggested phrases:\n" + suggestions(found));
  }

  @Test
  void everyPhraseIsUsed() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path source : chineseSources()) {
      texts.add(Files.readString(source));
    }
    List<Diagnostic> unused = new ZhHantCheck(converter).unusedPhrases(CONTENT.resolve(PhraseTableLoader.FILE), texts);
    assertEquals(List.of(), report(unused));
  }

  private static List<String> report(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.path() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
  }

  /** The suggested phrases, each once, with how many places it would cover. */
  private static String suggestions(List<Diagnostic> found) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Diagnostic d : found) {
      String hint = d.hint();
      counts.merge(hint.substring(hint.indexOf("e.g. '") + 6, hint.length() - 1), 1, Integer::sum);
    }
    return counts.entrySet().stream().map(e -> e.getKey() + "    # " + e.getValue()).collect(Collectors.joining("\n"));
  }
}
