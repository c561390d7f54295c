package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.PhraseTableLoader;
import org.glossa.diag.Diagnostics;
import org.glossa.text.Ambiguity;
import org.glossa.text.TraditionalConverter;
import org.junit.jupiter.api.Test;

/**
 * The second interview converted to Traditional script equals a hand-checked Traditional text
 * (src/test/resources/zh-hant/, made from the source page and corrected by reading; its header says
 * how), at every ambiguous position and everywhere else.
 */
class ZhHantConversionTest {
  static final Path ARTICLE = Path.of("content/interviews/large-models-are-a-marathon/index.zh-Hans.md");
  static final Path EXPECTED = Path.of("src/test/resources/zh-hant/large-models-are-a-marathon.zh-Hant.txt");

  @Test
  void secondInterviewMatchesTheHandCheckedTraditionalText() throws IOException {
    TraditionalConverter converter = new TraditionalConverter(PhraseTableLoader.load(Path.of("content"), new Diagnostics()));
    TraditionalConverter icuAlone = TraditionalConverter.icuOnly();
    List<String> simplified = titleAndUnits(Files.readString(ARTICLE));
    List<String> expected = Files.readAllLines(EXPECTED).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(expected.size(), simplified.size(), "one expected line per unit and the title");
    int ambiguous = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < simplified.size(); i++) {
      String converted = converter.convert(simplified.get(i));
      for (Ambiguity a : icuAlone.unreviewed(simplified.get(i))) {
        ambiguous++;
        char want = expected.get(i).charAt(a.offset());
        if (converted.charAt(a.offset()) != want) {
          wrong.add("line " + (i + 1) + " '" + a.character() + "': got " + converted.charAt(a.offset()) + ", expected " + want);
        }
      }
      assertEquals(expected.get(i), converted, "line " + (i + 1));
    }
    assertEquals(List.of(), wrong);
    assertTrue(ambiguous >= 40, "only " + ambiguous + " ambiguous positions compared");
  }

  @Test
  void icuAloneGetsSomeOfThemWrong() throws IOException {
    List<String> simplified = titleAndUnits(Files.readString(ARTICLE));
    List<String> expected = Files.readAllLines(EXPECTED).stream().filter(l -> !l.startsWith("#")).toList();
    long differing = 0;
    for (int i = 0; i < simplified.size(); i++) {
      String icu = TraditionalConverter.icuOnly().convert(simplified.get(i));
      for (int k = 0; k < icu.length(); k++) {
        differing += icu.charAt(k) == expected.get(i).charAt(k) ? 0 : 1;
      }
    }
    assertTrue(differing >= 5, "the phrase table should matter: ICU alone differs in " + differing + " places");
  }

  private static final Pattern TITLE = Pattern.compile("(?m)^title: (.*)$");

  /** The title and each unit's text: no attribute lines, footnote references or definitions; [sic] unescaped. */
  static List<String> titleAndUnits(String markdown) {
    String[] parts = markdown.split("\n---\n", 2);
    Matcher title = TITLE.matcher(parts[0]);
    assertTrue(title.find());
    List<String> out = new ArrayList<>(List.of(title.group(1)));
    for (String line : parts[1].split("\n")) {
      if (line.isBlank() || line.startsWith("{#") || line.matches("\\[\\^[^\\]]+\\]:.*")) {
        continue;
      }
      out.add(line.replaceFirst("^## ", "").replaceFirst("\\s*\\{#[^}]*\\}$", "")
          .replaceAll("\\[\\^[^\\]]+\\]", "").replace("\\[sic\\]", "[sic]"));
    }
    return out;
  }
}
