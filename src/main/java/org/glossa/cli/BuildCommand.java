package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.build.BuildResult;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.IoProblem;
import org.glossa.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glossa build}: builds site/ from content/ and templates/, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site from content/ and templates/ into site/. The previous site stays untouched if anything fails.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOptions site = new SiteOptions();

  @Option(names = {"--quiet", "-q"}, description = "Print only problems.")
  boolean quiet;

  private final PrintWriter out;
  private final PrintWriter err;

  BuildCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    return run(site.toBuildOptions(spec), false, quiet, out, err);
  }

  /** Runs a build or a check and reports it; shared by build and check. */
  static int run(BuildOptions options, boolean strict, boolean quiet, PrintWriter out, PrintWriter err) {
    BuildResult result;
    try {
      result = new Build(options).run();
    } catch (OutputException e) {
      new DiagnosticPrinter(err, Path.of("")).print(List.of(e.diagnostic()));
      return ExitCode.INTERNAL;
    } catch (IOException e) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : "";
      err.println("glossa: error: cannot write " + options.outputDir() + ": " + IoProblem.describe(e) + file);
      err.println("  hint: " + IoProblem.hint(e));
      err.flush();
      return ExitCode.INTERNAL;
    }
    new DiagnosticPrinter(err, Path.of("")).print(result.diagnostics());
    boolean failed = !result.ok() || (strict && result.warnings() > 0);
    if (!quiet && !failed) {
      out.println(options.write()
          ? "built " + result.pages() + " pages (" + result.files() + " files) into " + options.outputDir()
          : "checked " + result.pages() + " pages: " + (result.warnings() == 0 ? "no problems" : result.warnings() + " warning(s)"));
    }
    out.flush();
    return failed ? ExitCode.CONTENT_ERROR : ExitCode.OK;
  }
}
