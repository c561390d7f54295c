package org.glossa.content.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Rule;

/**
 * Turns a scraped raw text into a clean Markdown article and an audit:
 * decode → remove spam → drop chrome → Simplified script → full-width punctuation → structure →
 * editorial notes → Markdown. Deterministic: the same bytes, rules and meta give the same output.
 */
public final class Importer {
  private final CleaningRules rules;

  public Importer(CleaningRules rules) {
    this.rules = rules;
  }

  public ImportResult run(Path path, byte[] bytes, SourceMeta meta) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    Optional<RawSource> raw = RawSource.decode(path, bytes, diagnostics);
    if (raw.isEmpty()) {
      return new ImportResult("", audit, diagnostics);
    }
    List<SourceLine> lines = new SpamRemover(rules).apply(raw.get().lines(), audit);
    ChromeFilter.Result chrome = new ChromeFilter(rules).apply(lines, audit);
    lines = new ScriptNormalizer(rules).apply(chrome.lines(), audit);
    lines = new PunctuationNormalizer().apply(lines, audit);
    Article article = new StructureDetector(meta).detect(path, lines, audit, diagnostics);
    article = new NoteMaker(rules, meta).annotate(article, audit);
    if (article.units().isEmpty()) {
      diagnostics.add(Diagnostic.error(path, 0, 0, "nothing left to import after removing spam and chrome",
          "check the rules file: a pattern may match too much"));
    }
    String title = meta.title().isEmpty() ? article.title() : meta.title();
    String date = date(path, meta, chrome.date(), diagnostics);
    audit.sort(Comparator.comparingInt(AuditEntry::line).thenComparingInt(AuditEntry::column));
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    String markdown = failed ? "" : new MarkdownWriter().write(new Article(title, article.units()), meta, date);
    return new ImportResult(markdown, audit, diagnostics);
  }

  /** The meta file's date, else the one read from a metadata line; a disagreement is a warning. */
  private static String date(Path path, SourceMeta meta, Optional<String> fromText, List<Diagnostic> diagnostics) {
    if (meta.date().isEmpty()) {
      return fromText.orElse("");
    }
    if (fromText.isPresent() && !fromText.get().startsWith(meta.date())) {
      diagnostics.add(Diagnostic.warning(Rule.IMPORT_DATE, path, 0, 0,
          "the meta file's date " + meta.date() + " disagrees with the date " + fromText.get() + " in the text",
          "the meta file's date is used"));
    }
    return meta.date();
  }
}
