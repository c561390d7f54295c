package org.glossa.cli;

import java.nio.file.Path;
import org.glossa.build.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The folder options shared by build and check: the sources, and where the site goes. */
final class SiteOptions {
  @Mixin SourceOptions sources = new SourceOptions();

  @Option(names = {"--out", "-o"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "site")
  Path out;

  BuildOptions toBuildOptions(CommandSpec spec) {
    return sources.toBuildOptions(spec, out);
  }
}
