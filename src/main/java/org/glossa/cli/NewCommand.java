package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.build.Build;
import org.glossa.config.ConfigLoader;
import org.glossa.config.SiteConfig;
import org.glossa.content.ArticleKey;
import org.glossa.content.ArticleScaffold;
import org.glossa.content.ArticleSource;
import org.glossa.content.ContentScanner;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glossa new <slug>}: starts an article, one file per language, front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Start an article: content/<slug>/index.<lang>.md for the default language (the original) and for",
        "every other language (its translations), with title, today's date, lang and translatedFrom filled in and",
        "draft: true. Never overwrites a file; the slug must be a valid web address, as for every article."})
final class NewCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SLUG", description = "The article's address below each language, e.g. interviews/tong-2025.")
  String slug;

  @Option(names = "--title", paramLabel = "TITLE", description = "Its title (default: made from the slug).")
  String title;

  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
  Path content;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  NewCommand(PrintWriter out, PrintWriter err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Optional<ArticleKey.Problem> problem = ArticleKey.problem(slug);
    if (problem.isPresent()) {
      err.println("glossa new: error: " + problem.get().message());
      err.println("  hint: " + problem.get().hint());
      err.flush();
      return ExitCode.USAGE;
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<SiteConfig> config = SourceFile.read(content.resolve(Build.CONFIG_FILE), diagnostics)
        .flatMap(f -> ConfigLoader.load(f, diagnostics));
    if (config.isEmpty()) {
      Reports.print(diagnostics.sorted(), false, false, err);
      return ExitCode.CONTENT_ERROR;
    }
    List<ArticleScaffold.File> files = ArticleScaffold.of(config.get(), content, slug,
        title != null ? title.strip() : ArticleScaffold.titleOf(slug), LocalDate.now(clock));
    Optional<Path> taken = existing(config.get(), files);
    if (taken.isPresent()) {
      err.println(taken.get() + ": error: the article '" + slug + "' already exists; nothing was written");
      err.println("  hint: choose another slug, or edit the files that are there");
      err.flush();
      return ExitCode.CONTENT_ERROR;
    }
    for (ArticleScaffold.File file : files) {
      Files.createDirectories(file.path().getParent());
      Files.writeString(file.path(), file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      out.println("created " + file.path());
    }
    out.println("the article is a draft: write it, then remove 'draft: true' from its files to publish it");
    out.flush();
    return ExitCode.OK;
  }

  /** A file that is there already: one of the new files, or any file of an article with the same key. */
  private Optional<Path> existing(SiteConfig config, List<ArticleScaffold.File> files) {
    Optional<Path> file = files.stream().map(ArticleScaffold.File::path).filter(Files::exists).findFirst();
    if (file.isPresent() || !Files.isDirectory(content)) {
      return file;
    }
    return new ContentScanner(config).scan(content, new Diagnostics()).stream()
        .filter(s -> s.key().equals(slug)).map(ArticleSource::path).findFirst();
  }
}
