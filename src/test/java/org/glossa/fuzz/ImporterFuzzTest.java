package org.glossa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.glossa.content.imports.CleaningRules;
import org.glossa.content.imports.ImportResult;
import org.glossa.content.imports.Importer;
import org.glossa.content.imports.SourceMeta;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;

/**
 * Issue 8: fuzzes {@code glossa import} on arbitrary bytes, with the edition's cleaning rules and
 * meta file. Invariant: no exception escapes (bad input is a diagnostic), and an accepted import is
 * Markdown that Glossa can read back and render without writing script. Seeds: the head of each
 * raw source in {@code ImporterFuzzTestInputs/importRaw/}.
 */
class ImporterFuzzTest {
  static final CleaningRules RULES = CleaningRules.load(Path.of("content/sources/import-rules.yaml"), new Diagnostics()).orElseThrow();
  static final SourceMeta META = SourceMeta.load(Path.of("content/sources/000_fe5bbb6232202266.meta.yaml"), new Diagnostics()).orElseThrow();
  static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

  @FuzzTest(maxDuration = "10s")
  void importRaw(byte[] data) {
    ImportResult result = new Importer(RULES).run(Path.of("fuzz.txt"), data, META);
    if (!result.hasErrors()) {
      NoScript.check(MARKDOWN.renderFragment(result.markdown()));
      MARKDOWN.parse(result.markdown(), Path.of("fuzz.md"), new Diagnostics());
    }
  }
}
