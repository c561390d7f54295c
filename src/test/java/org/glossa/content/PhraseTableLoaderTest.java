package org.glossa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.text.PhraseTable;
import org.junit.jupiter.api.Test;

/** The phrase table is read strictly: every bad entry is reported at its line and left out. */
class PhraseTableLoaderTest {
  static final Path FILE = Path.of("content/zh-hant-phrases.yaml");

  static PhraseTable load(String yaml, Diagnostics diagnostics) {
    return PhraseTableLoader.parse(new SourceFile(FILE, yaml), diagnostics);
  }

  @Test
  void readsShortAndLongEntries() {
    Diagnostics d = new Diagnostics();
    PhraseTable table = load("# comment\n群里: 群裡\n发布: {hant: 發布, note: 臺灣用法}\n", d);
    assertTrue(d.isEmpty(), d.sorted().toString());
    assertEquals(List.of(new PhraseTable.Phrase("群里", "群裡", "", 2), new PhraseTable.Phrase("发布", "發布", "臺灣用法", 3)),
        table.phrases());
  }

  @Test
  void reportsEachBadEntryAtItsLine() {
    Diagnostics d = new Diagnostics();
    PhraseTable table = load(String.join("\n",
        "群里: 群裡",
        "平台: 平臺台",
        "头发: 頭法",
        "腾讯: 騰訊",
        "ABC: ABC",
        "什么: {note: x}",
        "干净: {hant: 乾淨, colour: red}",
        "面条:",
        ""), d);
    List<String> problems = d.sorted().stream().map(x -> x.line() + ": " + x.message()).toList();
    assertEquals(List.of(
        "2: '平臺台' has 3 characters but '平台' has 2",
        "3: '法' is not a Traditional form of '发' (in '头发' → '頭法')",
        "4: phrase '腾讯' changes nothing: ICU already writes '騰訊' and no character in it needs review",
        "5: phrase 'ABC' must be Chinese text without spaces around it",
        "6: phrase '什么' has no 'hant'",
        "7: unknown phrase key 'colour'",
        "8: phrase '面条' has no Traditional form"), problems);
    assertEquals(List.of("群里", "干净"), table.phrases().stream().map(PhraseTable.Phrase::simplified).toList());
  }

  @Test
  void aPhraseThatWritesWhatIcuWritesIsAReview() {
    Diagnostics d = new Diagnostics();
    PhraseTable table = load("关系: 關係\n方面: 方面\n", d);
    assertTrue(d.isEmpty(), d.sorted().stream().map(Diagnostic::message).toList().toString());
    assertEquals(2, table.phrases().size());
  }

  @Test
  void duplicatesAreReported() {
    Diagnostics d = new Diagnostics();
    load("群里: 群裡\n群里: 群裡\n", d);
    assertEquals(1, d.errorCount());
  }

  @Test
  void theEditionsTableReadsCleanly() {
    Diagnostics d = new Diagnostics();
    PhraseTable table = PhraseTableLoader.load(Path.of("content"), d);
    assertTrue(d.isEmpty(), d.sorted().toString());
    assertTrue(table.phrases().size() > 100);
  }
}
