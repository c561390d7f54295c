package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
