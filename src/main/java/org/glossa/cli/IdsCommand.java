package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.content.Article;
import org.glossa.content.IdWriter;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.source.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glossa ids}: writes the ids blocks have by position into the files, so that links survive reordering. */
@Command(name = "ids", mixinStandardHelpOptions = true,
    description = {"Write an id into every block that has none ({#p3}, the id it already has by its position), in the",
        "originals and their translations together; a translation's blocks get their original's ids. Existing ids",
        "are never changed, nor is anything else in the files. Without FILE, every article; with FILE, the articles",
        "those files belong to. Nothing is written while the sources have errors."})
final class IdsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOptions site = new SiteOptions();

  @Parameters(paramLabel = "FILE", description = "Article files (any language version) whose articles get ids.")
  List<Path> files = List.of();

  private final PrintWriter out;
  private final PrintWriter err;

  IdsCommand(PrintWriter out, PrintWriter err) {
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
    List<Article> articles = Reports.articlesOf(sources.all(), files, "an article file of this edition", err);
    if (articles == null) {
      return ExitCode.USAGE;
    }
    Diagnostics diagnostics = new Diagnostics();
    IdWriter writer = new IdWriter(new MarkdownProcessor());
    List<IdWriter.Change> changes = new ArrayList<>();
    for (Article article : articles) {
      changes.addAll(writer.changes(article, diagnostics));
    }
    if (diagnostics.hasErrors()) {
      Reports.print(diagnostics.sorted(), false, false, err);
      return ExitCode.CONTENT_ERROR;
    }
    int ids = 0;
    for (IdWriter.Change change : changes) {
      AtomicFile.replace(change.path(), change.text());
      out.println("wrote " + change.added() + " id" + (change.added() == 1 ? "" : "s") + " into " + change.path());
      ids += change.added();
    }
    out.println(changes.isEmpty() ? "every block already has an id" : ids + " ids written into " + changes.size() + " file(s)");
    out.flush();
    return ExitCode.OK;
  }
}
