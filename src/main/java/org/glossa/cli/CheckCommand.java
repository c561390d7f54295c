package org.glossa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glossa check}: runs every stage of the build, reports all problems and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate content, translations and templates without writing anything.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOptions site = new SiteOptions();

  @Option(names = "--strict", description = "Fail on warnings too (stale translations, unused notes, missing versions).")
  boolean strict;

  @Option(names = {"--quiet", "-q"}, description = "Print only problems.")
  boolean quiet;

  private final PrintWriter out;
  private final PrintWriter err;

  CheckCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    return BuildCommand.run(site.toBuildOptions(spec).checkOnly(), strict, quiet, out, err);
  }
}
