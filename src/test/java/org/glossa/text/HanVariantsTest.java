package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The curated table of Simplified characters with more than one Traditional form, checked against its sources. */
class HanVariantsTest {
  static final HanVariants TABLE = HanVariants.standard();

  @Test
  void listsEveryCharacterThatIcusRulesGiveSeveralForms() {
    List<String> missing = new ArrayList<>();
    Map<Integer, Set<Integer>> rules = IcuConversionRules.forms();
    assertTrue(rules.values().stream().filter(f -> f.size() > 1).count() > 200, "the rules were not read");
    rules.forEach((simplified, forms) -> {
      if (forms.size() > 1 && !TABLE.characters().contains(simplified)) {
        missing.add(Character.toString(simplified) + " " + string(forms));
      }
    });
    assertEquals(List.of(), missing, "add these to zh-hant-variants.txt, flagged or with '-'");
  }

  @Test
  void listsEveryCharacterThatOpenCcGivesSeveralForms() throws IOException {
    List<String> missing = new ArrayList<>();
    Map<String, String> st = openCc("ST");
    assertTrue(st.size() > 200, "the OpenCC extract was not read");
    st.forEach((simplified, forms) -> {
      if (!TABLE.characters().contains(simplified.codePointAt(0))) {
        missing.add(simplified + " " + forms);
      }
    });
    assertEquals(List.of(), missing, "add these to zh-hant-variants.txt, flagged or with '-'");
  }

  @Test
  void flagsTheCharactersTheIssueNames() {
    for (int c : "发后里面干台系只制范复历准钟于".codePoints().toArray()) {
      assertTrue(TABLE.isFlagged(c), Character.toString(c));
    }
    assertFalse(TABLE.isFlagged('为'));
    assertFalse(TABLE.isFlagged('腾'));
    assertEquals("發髮", TABLE.forms('发').orElseThrow());
  }

  @Test
  void aFlaggedCharactersFormsIncludeWhatIcuWritesForIt() {
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    for (int c : TABLE.flaggedCharacters()) {
      String forms = TABLE.forms(c).orElseThrow();
      assertTrue(forms.contains(icu.alone(c)), Character.toString(c) + ": ICU writes " + icu.alone(c) + ", not among " + forms);
    }
  }

  /** A replaced variant is a form of the same word: ICU or OpenCC say both belong to one Simplified character. */
  @Test
  void standardFormsReplaceOnlyGlyphVariants() throws IOException {
    Map<Integer, Set<Integer>> icu = IcuConversionRules.forms();
    Map<String, String> tw = openCc("TW");
    String text = "鑒啓佔着裏爲麪殻";
    String standard = TABLE.standardise(text);
    assertEquals("鑑啟占著裡為麵殼", standard);
    for (int variant = 0x3400; variant <= 0x9FFF; variant++) {
      int form = TABLE.standardForm(variant);
      if (form == variant) {
        continue;
      }
      assertEquals(form, TABLE.standardForm(form), "no chains: " + Character.toString(variant));
      String v = Character.toString(variant);
      String f = Character.toString(form);
      boolean sameSimplified = TraditionalConverter.Icu.toSimplified(v).equals(TraditionalConverter.Icu.toSimplified(f));
      boolean openCcVariant = tw.containsKey(v) && tw.get(v).startsWith(f);
      final int vv = variant;
      boolean icuForms = icu.values().stream().anyMatch(s -> s.contains(vv) && s.contains(form));
      assertTrue(sameSimplified || openCcVariant || icuForms, v + " → " + f + " is not shown to be a glyph variant");
    }
  }

  @Test
  void refusesMalformedLines() {
    assertThrows(IllegalArgumentException.class, () -> parse("发\t發"));
    assertThrows(IllegalArgumentException.class, () -> parse("发\t發髮\n发\t發髮"));
    assertThrows(IllegalArgumentException.class, () -> parse("发發髮"));
    assertThrows(IllegalArgumentException.class, () -> parse("=鑒\t鑑\n=鑒\t鑑"));
    assertTrue(parse("# comment\n发\t發髮\n-为\t為爲\n=鑒\t鑑").isFlagged('发'));
  }

  private static HanVariants parse(String text) {
    try {
      return HanVariants.parse(new BufferedReader(new StringReader(text)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Lines of the vendored OpenCC extract with this prefix: ST maps to space-separated forms (in Taiwan forms), TW a variant to its Taiwan form. */
  static Map<String, String> openCc(String prefix) throws IOException {
    Map<String, String> tw = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/opencc/variants-extract.txt"));
    for (String line : lines) {
      String[] p = line.split("\t");
      if (p[0].equals("TW")) {
        tw.put(p[1], p[2]);
      }
    }
    if (prefix.equals("TW")) {
      return tw;
    }
    for (String line : lines) {
      String[] p = line.split("\t");
      if (p[0].equals("ST")) {
        Set<String> forms = new TreeSet<>();
        for (String f : p[2].split(" ")) {
          forms.add(tw.getOrDefault(f, f).split(" ")[0]);
        }
        if (forms.size() > 1) {
          out.put(p[1], String.join(" ", forms));
        }
      }
    }
    return out;
  }

  private static String string(Set<Integer> forms) {
    StringBuilder sb = new StringBuilder();
    forms.forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
