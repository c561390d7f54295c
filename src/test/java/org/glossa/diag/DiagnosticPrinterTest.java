package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticPrinterTest {
  @Test
  void putsTheCaretUnderTheColumnCountingHanAsTwoCells(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "first\n腾讯用RAG技术\n");
    StringWriter out = new StringWriter();
    new DiagnosticPrinter(new PrintWriter(out), dir)
        .print(List.of(Diagnostic.error(file, 2, 4, "unknown glossary term 'RAG'", "add it to glossary.yaml")));
    assertEquals("""
        a.md:2:4: error: unknown glossary term 'RAG'
          腾讯用RAG技术
                ^
          hint: add it to glossary.yaml
        1 error, 0 warnings
        """, out.toString());
  }

  @Test
  void doesNotEchoALineThatIsNotText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.write(file, new byte[] {'o', 'k', '\n', (byte) 0xB6, (byte) 0xD4, 0, '\n'});
    StringWriter out = new StringWriter();
    new DiagnosticPrinter(new PrintWriter(out), dir)
        .print(List.of(Diagnostic.error(file, 2, 0, "not valid UTF-8", "convert it")));
    assertEquals("""
        a.txt:2: error: not valid UTF-8
          hint: convert it
        1 error, 0 warnings
        """, out.toString());
  }

  @Test
  void sortsByPathLineAndColumn() {
    Diagnostic a = Diagnostic.error(Path.of("b.md"), 1, 1, "x", "");
    Diagnostic b = Diagnostic.warning(Rule.UNUSED_NOTE, Path.of("a.md"), 9, 1, "y", "");
    Diagnostic c = Diagnostic.error(Path.of("a.md"), 2, 5, "z", "");
    Diagnostics all = new Diagnostics();
    all.add(a);
    all.add(b);
    all.add(c);
    assertEquals(List.of(c, b, a), all.sorted());
  }

  @Test
  void printsWholeFileProblemsWithoutPosition() {
    StringWriter out = new StringWriter();
    DiagnosticPrinter printer = new DiagnosticPrinter(new PrintWriter(out), Path.of(""));
    assertEquals("x.md: warning: w [unused-note]", printer.format(Diagnostic.warning(Rule.UNUSED_NOTE, Path.of("x.md"), 0, 0, "w", "")));
  }

  private static String print(Path file, Diagnostic d) {
    StringWriter out = new StringWriter();
    new DiagnosticPrinter(new PrintWriter(out), file.getParent()).print(List.of(d));
    return out.toString();
  }

  @Test
  void showsControlCharactersEscapedInMessagesHintsAndSourceLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "title: \u001B[2J\u001B]0;owned\u0007x\u202Eevil\n");
    String printed = print(file, Diagnostic.error(file, 1, 8, "'\u001B[2J' is not a date", "not \u0007 this"));
    assertFalse(printed.chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), printed);
    assertEquals("""
        a.md:1:8: error: '\\u001B[2J' is not a date
          title: \\u001B[2J\\u001B]0;owned\\u0007x\\u202Eevil
                 ^
          hint: not \\u0007 this
        1 error, 0 warnings
        """, printed);
  }

  @Test
  void cutsALongLineAroundTheColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    String line = "x".repeat(5_000_000) + "BAD" + "y".repeat(1000);
    Files.writeString(file, "first\n" + line + "\n");
    String printed = print(file, Diagnostic.error(file, 2, 5_000_001, "here", ""));
    String[] lines = printed.split("\n");
    assertTrue(printed.length() < 400, "bounded: " + printed.length() + " chars");
    assertTrue(lines[1].startsWith("  …xxx") && lines[1].endsWith("yyy…"), lines[1]);
    assertEquals(lines[1].indexOf("BAD"), lines[2].indexOf('^'), printed);
  }

  @Test
  void cutsALongLineOfChineseCountingTwoCellsEach(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    String line = "腾".repeat(300) + "错" + "讯".repeat(300);
    Files.writeString(file, line + "\n");
    String printed = print(file, Diagnostic.error(file, 1, 301, "here", ""));
    String[] lines = printed.split("\n");
    int caretCells = lines[2].indexOf('^') - 2;
    String before = lines[1].substring(2, lines[1].indexOf('错'));
    assertEquals(org.glossa.text.DisplayWidth.of(before, before.length()), caretCells, printed);
    assertTrue(org.glossa.text.DisplayWidth.of(lines[1], lines[1].length()) <= SourceExcerpt.WIDTH + 6, printed);
  }

  @Test
  void showsLinesAndCaretsOfAFileWithLoneCarriageReturns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "---\rtitle: x\r---\r\rHello [^x].\r");
    assertEquals("""
        a.md:5:7: error: footnote [^x] has no definition
          Hello [^x].
                ^
        1 error, 0 warnings
        """, print(file, Diagnostic.error(file, 5, 7, "footnote [^x] has no definition", "")));
  }
}
