package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.SourceStamps;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.Unit;
import org.glossa.source.AtomicFile;
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
    Optional<Build.Sources> read = Reports.sources(site.toBuildOptions(spec), err);
    if (read.isEmpty()) {
      return ExitCode.CONTENT_ERROR;
    }
    Build.Sources sources = read.get();
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
        if (v.body().units().stream().anyMatch(u -> !u.explicitId())) {
          err.println(path + ": warning: not stamped: src= is recorded in the id attribute of each block, and some blocks have none");
          err.println("  hint: run 'glossa ids " + path + "' first, then stamp again");
          continue;
        }
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
   * byte-order mark the file had, so that only the stamped lines change; atomically, with the file's
   * permissions, through a link to the file it names ({@link AtomicFile}).
   */
  static void rewrite(Path path, String text) throws IOException {
    String before = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    String lineEnd = before.contains("\r\n") ? "\r\n" : before.contains("\r") ? "\r" : "\n";
    String bom = before.startsWith("\uFEFF") ? "\uFEFF" : "";
    AtomicFile.replace(path, bom + text.replace("\n", lineEnd));
  }

  private static boolean sameFile(Path a, Path b) {
    return Reports.sameFile(a, b);
  }
}
