package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.check.OutputCheck;
import org.glossa.check.ScriptReview;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glossa check}: runs every stage of the build and every check of its output (links, anchors,
 * files, HTML), reports all problems, writes nothing, and ends with one line: {@code N errors, M warnings}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Validate everything and write nothing: the sources (front matter, alignment, staleness, glossary,",
        "notes) and the site they would make, in memory: every internal link and #anchor in every language and",
        "mode, every image, style sheet and script, and every page with the Nu Html Checker."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOptions site = new SiteOptions();

  @Option(names = "--strict", description = "Fail on warnings too (stale translations, unused notes, missing versions).")
  boolean strict;

  @Option(names = {"--quiet", "-q"}, description = "Print only errors and the one-line summary.")
  boolean quiet;

  @Option(names = "--no-html", description = "Skip the Nu Html Checker (it takes a few seconds to start); links are still checked.")
  boolean noHtml;

  private final PrintWriter out;
  private final PrintWriter err;

  CheckCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    BuildOptions options = site.toBuildOptions(spec).checkOnly();
    TerminalProgress progress = TerminalProgress.forConsole();
    Build build = new Build(options, progress);
    List<Diagnostic> all = new ArrayList<>();
    try {
      Build.Site rendered;
      try (progress) {
        rendered = build.render();
      }
      Diagnostics output = new Diagnostics();
      output.configure(rendered.sources().config().rules());
      OutputCheck.Checked checked = new OutputCheck(rendered, options).run(output, !noHtml);
      ScriptReview.run(rendered, options, output);
      all.addAll(output.sorted());
      if (!quiet) {
        out.println("checked " + rendered.pages().size() + " pages: " + checked.references() + " links, anchors and files"
            + (!noHtml ? ", and the HTML of " + checked.htmlPages() + " pages (Nu Html Checker)" : ""));
        out.flush();
      }
    } catch (ContentException e) {
      all.addAll(e.diagnostics());
    }
    all.addAll(0, build.diagnostics());
    Reports.print(all, quiet, true, err);
    boolean failed = all.stream().anyMatch(Diagnostic::isError) || (strict && !all.isEmpty());
    return failed ? ExitCode.CONTENT_ERROR : ExitCode.OK;
  }
}
