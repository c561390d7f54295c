package org.glossa.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build reads and writes. {@code write=false} runs every stage and writes nothing (the
 * {@code check} command).
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean write) {
  public static BuildOptions inFolder(Path root) {
    return new BuildOptions(root.resolve("content"), root.resolve("templates"), root.resolve("site"), Optional.empty(), true);
  }

  public BuildOptions withOutput(Path output) {
    return new BuildOptions(contentDir, templatesDir, output, baseUrl, write);
  }

  public BuildOptions checkOnly() {
    return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, false);
  }
}
