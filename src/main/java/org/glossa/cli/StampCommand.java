package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.SourceStamps;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.Unit;
import org.glossa.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glossa stamp}: records in translations which text of the original they were made from. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = {"Set src= in every unit of the given translations (all translations if none is given) to the hash of",
        "the original unit's current text. Run it once a translation has been brought up to date; check then",
        "warns about units whose original changes later."})
final class StampCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOptions site = new SiteOptions();

  @Parameters(paramLabel = "TRANSLATION", description = "Translation files to stamp.")
  List<Path> files = List.of();

  private final PrintWriter out;
  private final PrintWriter err;

  StampCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    Build build = new Build(site.toBuildOptions(spec).checkOnly());
    Build.Sources sources;
    try {
      sources = build.readSources();
    } catch (ContentException e) {
      List<Diagnostic> all = new ArrayList<>(build.diagnostics());
      all.addAll(e.diagnostics());
      new DiagnosticPrinter(err, Path.of("")).print(all);
      return ExitCode.CONTENT_ERROR;
    }
    List<Path> unknown = files.stream().filter(f -> sources.articles().stream().flatMap(a -> a.versions().values().stream())
        .noneMatch(v -> v.isTranslation() && sameFile(f, v.source().path()))).toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(f -> err.println(f + ": error: not a translation of this edition (a file with translatedFrom: under content/)"));
      err.flush();
      return ExitCode.USAGE;
    }
    int stamped = 0;
    for (Article article : sources.articles()) {
      Map<String, String> hashes = new LinkedHashMap<>();
      for (Unit u : article.original().body().units()) {
        hashes.put(u.id(), u.textHash());
      }
      for (ArticleVersion v : article.versions().values()) {
        if (!v.isTranslation() || !(files.isEmpty() || files.stream().anyMatch(f -> sameFile(f, v.source().path())))) {
          continue;
        }
        Path path = v.source().path();
        String text = SourceFile.read(path, new Diagnostics()).orElseThrow().text();
        String updated = SourceStamps.stamp(text, hashes);
        if (!updated.equals(text)) {
          rewrite(path, updated);
          out.println("stamped " + path);
          stamped++;
        }
      }
    }
    out.println(stamped == 0 ? "every translation was already stamped" : stamped + " file(s) stamped");
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Writes {@code text} (LF line ends, as sources are read) over {@code path} with the line ends and
   * byte-order mark and permissions the file had, so that only the stamped lines change; through a
   * temporary file, so that an interrupted stamp never leaves half a file.
   */
  static void rewrite(Path link, String text) throws IOException {
    Path path = link.toRealPath();
    String before = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    String lineEnd = before.contains("\r\n") ? "\r\n" : before.contains("\r") ? "\r" : "\n";
    String bom = before.startsWith("\uFEFF") ? "\uFEFF" : "";
    Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), ".stamp-", ".tmp");
    try {
      Files.writeString(temp, bom + text.replace("\n", lineEnd), StandardCharsets.UTF_8);
      if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(path));
      }
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
