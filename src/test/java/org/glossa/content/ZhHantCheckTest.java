package org.glossa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Rule;
import org.glossa.text.PhraseTable;
import org.glossa.text.TraditionalConverter;
import org.junit.jupiter.api.Test;

/** The review check names each unreviewed place with its line and column, and each unused phrase. */
class ZhHantCheckTest {
  static final Path ARTICLE = Path.of("content/a/index.zh-Hans.md");
  static final ZhHantCheck CHECK = new ZhHantCheck(new TraditionalConverter(new PhraseTable(List.of(
      new PhraseTable.Phrase("群里", "群裡", "", 1), new PhraseTable.Phrase("头发", "頭髮", "", 2),
      new PhraseTable.Phrase("干部", "幹部", "", 3)))));

  @Test
  void namesEachUnreviewedPlace() {
    List<Diagnostic> found = CHECK.check(ARTICLE, "---\ntitle: 标题\n---\n\n我们在群里经常讨论。\n他的头发很干净。\n", 0);
    assertEquals(1, found.size());
    Diagnostic d = found.get(0);
    assertEquals(Rule.ZH_HANT_AMBIGUOUS, d.rule());
    assertEquals(6, d.line());
    assertEquals(6, d.column());
    assertEquals("'干' has more than one Traditional form (乾 幹 干): ICU writes '乾' in '干净'", d.message());
    assertEquals("review it and add the phrase to content/zh-hant-phrases.yaml, e.g. '干净: 乾淨'", d.hint());
  }

  @Test
  void countsLinesFromTheOffsetOfTheText() {
    List<Diagnostic> found = CHECK.check(ARTICLE, "第一行\n后来", 41);
    assertEquals(1, found.size());
    assertEquals(43, found.get(0).line());
    assertEquals(1, found.get(0).column());
  }

  @Test
  void reportsPhrasesNoTextUses() {
    List<Diagnostic> unused = CHECK.unusedPhrases(Path.of("content/zh-hant-phrases.yaml"), List.of("群里", "头发干部"));
    assertEquals(List.of(), unused);
    unused = CHECK.unusedPhrases(Path.of("content/zh-hant-phrases.yaml"), List.of("群里"));
    assertEquals(List.of(2, 3), unused.stream().map(Diagnostic::line).toList());
    assertEquals(Rule.ZH_HANT_UNUSED_PHRASE, unused.get(0).rule());
  }
}
