package org.glossa.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.config.ConfigLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The folder options shared by build and check. */
final class SiteOptions {
  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).", defaultValue = "templates")
  Path templates;

  @Option(names = {"--out", "-o"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "site")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: config.yaml in the content folder).")
  Path config;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Absolute URL the site is published at, e.g. https://user.github.io/repo/ (default: baseUrl of config.yaml).")
  String baseUrl;

  BuildOptions toBuildOptions(CommandSpec spec) {
    Optional<URI> url = Optional.empty();
    if (baseUrl != null) {
      url = ConfigLoader.parseBaseUrl(baseUrl);
      if (url.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--base-url '" + baseUrl + "' is not an absolute http(s) URL such as https://user.github.io/repo/");
      }
    }
    return new BuildOptions(content, templates, out, url, true, config != null ? config : content.resolve(Build.CONFIG_FILE));
  }
}
