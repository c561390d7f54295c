package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.build.BuildResult;
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

  @Option(names = {"--quiet", "-q"}, description = "Print only errors and the one-line summary.")
  boolean quiet;

  private final PrintWriter out;
  private final PrintWriter err;

  BuildCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    BuildOptions options = site.toBuildOptions(spec);
    BuildResult result;
    try (TerminalProgress progress = TerminalProgress.forConsole()) {
      result = new Build(options, progress).run();
    } catch (OutputException e) {
      Reports.print(List.of(e.diagnostic()), quiet, false, err);
      return ExitCode.INTERNAL;
    } catch (IOException e) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : "";
      err.println("glossa: error: cannot write " + options.outputDir() + ": " + IoProblem.describe(e) + file);
      err.println("  hint: " + IoProblem.hint(e));
      err.flush();
      return ExitCode.INTERNAL;
    }
    if (!quiet && result.ok()) {
      out.println("built " + result.pages() + " pages (" + result.files() + " files) into " + options.outputDir());
      out.flush();
    }
    Reports.print(result.diagnostics(), quiet, false, err);
    return result.ok() ? ExitCode.OK : ExitCode.CONTENT_ERROR;
  }
}
