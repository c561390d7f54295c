package org.glossa.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.content.imports.AuditEntry;
import org.glossa.content.imports.CleaningRules;
import org.glossa.content.imports.ImportResult;
import org.glossa.content.imports.Importer;
import org.glossa.content.imports.SourceMeta;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.glossa.diag.Rule;

/**
 * {@code glossa import <raw.txt>}: cleans a scraped raw text into {@code <content>/<slug>/index.zh-Hans.md},
 * printing the audit to standard output and diagnostics to standard error. Exit codes: 0 ok (warnings
 * allowed), 1 content errors (nothing written), 2 usage errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a scraped raw text as a clean Markdown article and print the audit of every change.")
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<raw.txt>", description = "the raw UTF-8 text, e.g. content/sources/000_….txt")
  Path raw;

  @Option(names = "--into", paramLabel = "<content-dir>", defaultValue = "content",
      description = "content directory to write <slug>/index.zh-Hans.md into (default: ${DEFAULT-VALUE})")
  Path into;

  @Option(names = "--meta", paramLabel = "<file>", description = "metadata sidecar (default: <raw>.meta.yaml beside the raw file)")
  Path meta;

  @Option(names = "--rules", paramLabel = "<file>",
      defaultValue = "content/sources/import-rules.yaml",
      description = "cleaning rules (default: ${DEFAULT-VALUE})")
  Path rules;

  @Option(names = "--dry-run", description = "print the audit only; write nothing")
  boolean dryRun;

  @Option(names = "--force", description = "overwrite an existing article (editors may have annotated it)")
  boolean force;

  private final PrintWriter out;
  private final PrintWriter err;

  public ImportCommand() {
    this(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  public ImportCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Parses {@code args} and runs the command with this command's streams; returns the exit code. */
  public int execute(String... args) {
    CommandLine cli = new CommandLine(this).setOut(out).setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(raw)) {
      err.println("glossa import: no such file: " + raw);
      return ExitCode.USAGE;
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<CleaningRules> cleaning = CleaningRules.load(rules, diagnostics);
    Optional<SourceMeta> sourceMeta = meta(diagnostics);
    if (cleaning.isEmpty() || sourceMeta.isEmpty()) {
      return report(diagnostics);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(raw);
    } catch (IOException e) {
      diagnostics.error(raw, 0, 0, "cannot read: " + e.getMessage(), "");
      return report(diagnostics);
    }
    ImportResult result = new Importer(cleaning.get()).run(raw, bytes, sourceMeta.get());
    for (AuditEntry entry : result.audit()) {
      out.println(raw + ":" + entry.line() + ":" + entry.column() + ": " + entry.describe());
    }
    diagnostics.addAll(result.diagnostics());
    if (!result.hasErrors() && !dryRun) {
      write(sourceMeta.get(), result.markdown(), diagnostics);
    }
    return report(diagnostics);
  }

  private Optional<SourceMeta> meta(Diagnostics diagnostics) {
    Path path = meta != null ? meta : defaultMeta(raw);
    if (!Files.exists(path) && dryRun && meta == null) {
      diagnostics.warning(Rule.IMPORT_NO_META, path, 0, 0, "no meta file: no slug, speakers or date", "create it before importing for real");
      return Optional.of(SourceMeta.empty());
    }
    return SourceMeta.load(path, diagnostics);
  }

  static Path defaultMeta(Path raw) {
    String name = raw.getFileName().toString();
    String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return raw.resolveSibling(base + ".meta.yaml");
  }

  private void write(SourceMeta sourceMeta, String markdown, Diagnostics diagnostics) {
    Path target = into.resolve(sourceMeta.slug()).resolve("index.zh-Hans.md");
    if (Files.exists(target) && !force) {
      diagnostics.error(target, 0, 0, "already exists; not overwritten",
          "editors annotate imported files: use --force to replace it with a fresh import");
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
      Files.writeString(temp, markdown, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      err.println("wrote " + target);
    } catch (IOException e) {
      diagnostics.error(target, 0, 0, "cannot write: " + e.getMessage(), "");
    }
  }

  private int report(Diagnostics diagnostics) {
    new DiagnosticPrinter(err, Path.of("")).print(diagnostics.sorted());
    out.flush();
    return diagnostics.hasErrors() ? ExitCode.CONTENT_ERROR : ExitCode.OK;
  }
}
