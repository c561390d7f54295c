package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.content.imports.CleaningRules.PatternRule;
import org.glossa.content.imports.CleaningRules.TextRule;
import org.junit.jupiter.api.Test;

/**
 * Nothing bad survives: no spam string, no spam or chrome pattern match and no chrome line of the
 * rules file (as the source has it or converted to Simplified) appears in a fresh import of the seeds,
 * in any Markdown page under content/ or in any page or feed of the published site/.
 */
class NoSpamTest {
  private final CleaningRules rules = Fixtures.rules();
  private final Transliterator hantToHans = Transliterator.getInstance("Hant-Hans");

  @Test
  void freshImportsContainNoSpamOrChrome() throws IOException {
    for (String seed : Fixtures.SEEDS) {
      assertClean(seed, SeedImportTest.importSeed(seed).markdown());
    }
  }

  @Test
  void contentPagesContainNoSpamOrChrome() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      files.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    assertTrue(pages.size() >= 2, "expected the imported interviews under content/: " + pages);
    for (Path page : pages) {
      assertClean(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
    }
  }

  @Test
  void publishedSiteContainsNoSpamOrChrome() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of("site"))) {
      walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).forEach(files::add);
    }
    assertTrue(files.size() >= 10, "expected the published site under site/: " + files);
    for (Path file : files) {
      assertClean(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  private void assertClean(String name, String markdown) {
    for (TextRule spam : rules.spamStrings()) {
      assertFalse(markdown.contains(spam.text()), name + " contains spam " + spam.text());
    }
    for (String line : markdown.split("\n")) {
      for (PatternRule pattern : concat(rules.spamPatterns(), rules.chromePatterns(), rules.metadataPatterns())) {
        assertFalse(pattern.pattern().matcher(line).find(), name + " matches " + pattern.pattern() + ": " + line);
      }
      for (TextRule chrome : rules.chromeLines()) {
        String simplified = hantToHans.transliterate(chrome.text());
        boolean distinctive = chrome.text().length() >= 6;
        assertFalse(line.strip().equals(chrome.text()) || line.strip().equals(simplified), name + " has chrome line " + line);
        assertFalse(distinctive && (line.contains(chrome.text()) || line.contains(simplified.replace(',', '，').replace('!', '！'))),
            name + " contains chrome " + chrome.text());
      }
    }
    assertFalse(markdown.contains("买球") || markdown.contains("精品一区") || markdown.contains("流通协会"), name);
  }

  @SafeVarargs
  private static List<PatternRule> concat(List<PatternRule>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }
}
