package org.glossa.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build reads and writes. {@code write=false} runs every stage and writes nothing (the
 * {@code check} command). {@code configFile} is the site configuration, {@code content/config.yaml}
 * unless another is given (a corpus shared with other tools keeps its folder free of Glossa's files).
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean write, Path configFile) {
  public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean write) {
    this(contentDir, templatesDir, outputDir, baseUrl, write, contentDir.resolve(Build.CONFIG_FILE));
  }

  public static BuildOptions inFolder(Path root) {
    return new BuildOptions(root.resolve("content"), root.resolve("templates"), root.resolve("site"), Optional.empty(), true);
  }

  public BuildOptions withOutput(Path output) {
    return new BuildOptions(contentDir, templatesDir, output, baseUrl, write, configFile);
  }

  public BuildOptions checkOnly() {
    return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, false, configFile);
  }
}
