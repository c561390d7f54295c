package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.imports.CleaningRules.PatternRule;
import org.glossa.content.imports.CleaningRules.TextRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing of the interview is lost: the letters and digits (Han and Latin) of each seed, after
 * Hant-Hans for a Traditional seed and minus what the rules file removes as spam, chrome and
 * metadata, appear in the same order in the imported article's title and units. The expectation is
 * computed here from the raw file and the rules, independently of the import pipeline; punctuation
 * and whitespace are ignored, speaker labels are restored from the turn= attributes.
 */
class LosslessImportTest {
  private static final Pattern TURN = Pattern.compile("(?m)^(.*)\\n\\{#p\\d+ turn=([a-z-]+)\\}$");

  static List<String> seeds() {
    return Fixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void importedArticleKeepsEveryCharacterOfTheInterviewInOrder(String seed) throws IOException {
    assertEquals(letters(expected(seed)), letters(actual(seed, SeedImportTest.importSeed(seed).markdown())));
  }

  private static String expected(String seed) throws IOException {
    CleaningRules rules = Fixtures.rules();
    String raw = Files.readString(Fixtures.raw(seed), StandardCharsets.UTF_8);
    for (TextRule spam : rules.spamStrings()) {
      raw = raw.replace(spam.text(), "");
    }
    List<String> kept = new ArrayList<>();
    for (String line : raw.split("\n")) {
      String text = line.strip();
      for (PatternRule spam : rules.spamPatterns()) {
        text = spam.pattern().matcher(text).replaceAll("");
      }
      if (!isChrome(rules, text)) {
        kept.add(text);
      }
    }
    String text = String.join("\n", kept);
    boolean traditional = seed.startsWith("001");
    return traditional ? Transliterator.getInstance("Hant-Hans").transliterate(text) : text;
  }

  private static boolean isChrome(CleaningRules rules, String text) {
    return rules.chromeLines().stream().anyMatch(r -> r.text().equals(text))
        || rules.chromePatterns().stream().anyMatch(r -> r.pattern().matcher(text).matches())
        || rules.metadataPatterns().stream().anyMatch(r -> r.pattern().matcher(text).matches());
  }

  private static String actual(String seed, String markdown) {
    int end = markdown.indexOf("\n---\n", 4);
    String title = markdown.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
    String body = markdown.substring(end + 5);
    SourceMeta meta = Fixtures.meta(seed);
    Matcher turns = TURN.matcher(body);
    StringBuilder restored = new StringBuilder();
    while (turns.find()) {
      String label = meta.speakers().get(turns.group(2)).labels().get(0);
      turns.appendReplacement(restored, Matcher.quoteReplacement(label + "：" + turns.group(1)));
    }
    turns.appendTail(restored);
    String text = restored.toString()
        .replaceAll("(?m)^\\[\\^[a-z]+-\\d+\\]: .*$", "")
        .replaceAll("\\[\\^[a-z]+-\\d+\\]", "")
        .replace("\\[sic\\]", "")
        .replaceAll("\\{#p\\d+[^}]*\\}", "")
        .replaceAll("(?m)^## ", "");
    return title + "\n" + text;
  }

  /** Letters and digits only: punctuation, its width, Markdown escapes and whitespace are ignored. */
  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
