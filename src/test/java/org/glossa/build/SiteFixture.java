package org.glossa.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glossa.cli.Main;

/**
 * A small site written inline, in Hugo's txtar style: {@code -- content/a.en.md --} lines separate
 * files. The edition's real templates are copied in first, so fixtures test what readers get; a
 * fixture may override any template.
 */
public final class SiteFixture {
  public static final Path REAL_TEMPLATES = Path.of("templates");

  public final Path root;
  private String out = "";
  private String err = "";

  private SiteFixture(Path root) {
    this.root = root;
  }

  public static SiteFixture of(Path dir, String files) throws IOException {
    SiteFixture fixture = new SiteFixture(dir);
    copyTree(REAL_TEMPLATES, dir.resolve("templates"));
    fixture.write(files);
    return fixture;
  }

  public SiteFixture write(String files) throws IOException {
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : files.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        flush(name, body);
        name = line.substring(3, line.length() - 3).trim();
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    flush(name, body);
    return this;
  }

  private void flush(String name, StringBuilder body) throws IOException {
    if (name != null) {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
    }
  }

  /** Runs the command line in the fixture's folder; returns the exit code. */
  /**
   * Every problem a check of the fixture finds, the first line of each as printed: the command line
   * shows only the first few warnings of each rule.
   */
  public String problems() throws IOException {
    org.glossa.diag.DiagnosticPrinter printer = new org.glossa.diag.DiagnosticPrinter(new PrintWriter(new StringWriter()), root);
    return new Build(BuildOptions.inFolder(root).checkOnly()).run().diagnostics().stream().map(printer::format)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  public int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    java.util.List<String> full = new java.util.ArrayList<>(java.util.List.of(args[0], "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString()));
    if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--out"))) {
      full.add("--out=" + root.resolve("site"));
    }
    full.addAll(java.util.Arrays.asList(args).subList(1, args.length));
    int code = new Main(new PrintWriter(o), new PrintWriter(e)).run(full.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return code;
  }

  public String out() {
    return out;
  }

  public String err() {
    return err;
  }

  public Path site() {
    return root.resolve("site");
  }

  public String read(String sitePath) throws IOException {
    return Files.readString(site().resolve(sitePath), StandardCharsets.UTF_8);
  }

  /** Every file below {@code dir} with its bytes, keyed by relative path. */
  public static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }
}
