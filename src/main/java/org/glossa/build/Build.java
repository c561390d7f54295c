package org.glossa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.AlignmentCheck;
import org.glossa.content.Article;
import org.glossa.content.ArticleReader;
import org.glossa.content.ArticleSource;
import org.glossa.content.ArticleVersion;
import org.glossa.content.BibliographyLoader;
import org.glossa.content.CitationCheck;
import org.glossa.content.ContentScanner;
import org.glossa.content.ScriptConversion;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.PhraseTableLoader;
import org.glossa.content.TranslationPairing;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.output.AtomFeed;
import org.glossa.output.PagesDomain;
import org.glossa.output.RelativeLinks;
import org.glossa.output.SiteWriter;
import org.glossa.output.Sitemap;
import org.glossa.output.WebManifest;
import org.glossa.page.IndexPage;
import org.glossa.page.NotFoundPage;
import org.glossa.page.PageAssembler;
import org.glossa.page.PageSpec;
import org.glossa.page.Urls;
import org.glossa.render.Messages;
import org.glossa.render.TemplateEngine;
import org.glossa.search.Passage;
import org.glossa.search.SiteSearch;
import org.glossa.source.SourceFile;

/**
 * The pipeline: configure → scan → read → pair → plan pages → render → write. Each stage collects
 * every problem it finds; the build stops after the first stage with errors and never touches the
 * output folder unless everything succeeded. {@link #render()} runs every stage but the last, for
 * {@code check} and any other mode that wants the site in memory.
 */
public final class Build {
  public static final String CONFIG_FILE = "config.yaml";

  private final BuildOptions options;
  private final Progress progress;
  private final BuildMemory memory;
  private final Diagnostics diagnostics = new Diagnostics();
  private MarkdownProcessor markdown;

  public Build(BuildOptions options) {
    this(options, Progress.NONE);
  }

  public Build(BuildOptions options, Progress progress) {
    this(options, progress, BuildMemory.NONE);
  }

  /** @param memory what the build may keep from the build before it (serve's); {@link BuildMemory#NONE} for a clean build */
  public Build(BuildOptions options, Progress progress, BuildMemory memory) {
    this.options = options;
    this.progress = progress;
    this.memory = memory;
  }

  /** The sources, read and checked: configuration, glossary, bibliography and paired articles, drafts included. */
  public record Sources(SiteConfig config, Glossary glossary, Bibliography bibliography, List<Article> all) {
    /** The articles to publish: drafts left out. */
    public List<Article> articles() {
      return Build.published(all);
    }
  }

  /**
   * The site as it would be written: the sources it was made from, its pages, every file's bytes
   * (path below the site → content) and the folders copied into it.
   */
  public record Site(Sources sources, List<PageSpec> pages, SortedMap<String, byte[]> files, List<SiteWriter.Copy> copies) {}

  /**
   * The pages planned from the sources, the search indexes (path → bytes and problems) being made
   * beside them, and the files to copy.
   */
  private record Plan(Sources sources, List<PageSpec> pages, CompletableFuture<SortedMap<String, BuildMemory.Outcome<byte[]>>> indexes,
      List<SiteWriter.Copy> copies) {}

  /** Where the search indexes are made while the pages render: they need the articles, never the pages. */
  private static final ExecutorService BESIDE = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "glossa-search");
    t.setDaemon(true);
    return t;
  });

  /** Where rendered files go: a map in memory ({@link #render()}) or the output's staging folder ({@link #run()}). */
  @FunctionalInterface
  private interface FileSink {
    void put(String path, byte[] bytes) throws IOException;
  }

  /**
   * Builds the site and, unless the options say not to, writes it: each page goes to the output's
   * staging folder as soon as it is rendered, so memory does not grow with the pages' bytes.
   */
  public BuildResult run() throws IOException {
    if (!options.write()) {
      try {
        Site site = render();
        return new BuildResult(diagnostics.sorted(), site.pages().size(), site.files().size());
      } catch (ContentException e) {
        return failed(e);
      }
    }
    SiteWriter writer = new SiteWriter(options.outputDir(), List.of(options.contentDir(), options.templatesDir()));
    writer.checkTarget();
    try {
      Plan plan = plan();
      try (SiteWriter.Staging staging = writer.stage()) {
        int files = render(plan, staging::put);
        staging.commit(plan.copies());
        return new BuildResult(diagnostics.sorted(), plan.pages().size(), files);
      }
    } catch (ContentException e) {
      return failed(e);
    }
  }

  private BuildResult failed(ContentException e) {
    diagnostics.addAll(e.diagnostics());
    return new BuildResult(diagnostics.sorted(), 0, 0);
  }

  /** Runs every stage but writing: the site in memory. Throws when a stage finds errors (see {@link #diagnostics()}). */
  public Site render() throws ContentException {
    Plan plan = plan();
    SortedMap<String, byte[]> files = new TreeMap<>();
    try {
      render(plan, (path, bytes) -> {
        synchronized (files) {
          files.put(path, bytes);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the map does no input or output
    }
    return new Site(plan.sources(), plan.pages(), files, plan.copies());
  }

  private Plan plan() throws ContentException {
    Sources sources = readSources();
    SiteConfig config = sources.config();
    List<Article> articles = sources.articles();
    Messages messages = stop(Messages.load(options.templatesDir(), config.languages(), diagnostics));
    List<Map<String, String>> texts = config.languages().stream().map(messages::of).toList();
    PageAssembler assembler = replay(memory.step("pages", List.of(config, texts, sources.glossary(), sources.bibliography()),
        d -> new PageAssembler(config, messages, markdown, sources.glossary(), sources.bibliography())));
    List<SiteWriter.Copy> copies = stop(copies(config, articles));
    CompletableFuture<SortedMap<String, BuildMemory.Outcome<byte[]>>> indexes =
        CompletableFuture.supplyAsync(() -> searchIndexes(config, sources.glossary(), articles), BESIDE);
    try {
      return new Plan(sources, assembler.assemble(articles), indexes, copies);
    } catch (RuntimeException | Error e) {
      indexes.exceptionally(x -> null).join();
      throw e;
    }
  }

  /** Runs the stages up to pairing and alignment; throws when they find errors (see {@link #diagnostics()}). */
  public Sources readSources() throws ContentException {
    SiteBasis basis = basis();
    SiteConfig config = basis.config();
    markdown = basis.markdown();
    List<ArticleVersion> versions = read(basis, scan(config));
    Set<String> cited = new HashSet<>(basis.glossaryCitations());
    versions.forEach(v -> cited.addAll(v.body().citations()));
    CitationCheck.unused(basis.bibliography(), cited, options.contentDir().resolve(BibliographyLoader.FILE), diagnostics);
    List<Article> articles = pair(config, versions);
    return new Sources(config, basis.glossary(), basis.bibliography(), articles);
  }

  /** Articles without their draft versions; an article whose original is a draft is left out whole. */
  static List<Article> published(List<Article> articles) {
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.original().frontMatter().draft()) {
        continue;
      }
      Map<String, ArticleVersion> versions = new LinkedHashMap<>();
      a.versions().forEach((lang, v) -> {
        if (!v.frontMatter().draft()) {
          versions.put(lang, v);
        }
      });
      out.add(new Article(a.key(), versions, a.originalLang()));
    }
    return out;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics.sorted();
  }

  /** Configuration, glossary and bibliography: one step, from the three files' texts. */
  private SiteBasis basis() throws ContentException {
    Path file = options.configFile();
    if (!Files.isRegularFile(file)) {
      throw new ContentException(Diagnostic.error(file, 0, 0, "no site configuration",
          "create " + file + " (see the README's configuration section), or run from the edition's top folder"));
    }
    SourceFile config = stop(SourceFile.read(file, diagnostics)).orElseThrow();
    SiteBasis.Files files = new SiteBasis.Files(config, optionalFile(GlossaryLoader.FILE), optionalFile(BibliographyLoader.FILE),
        optionalFile(PhraseTableLoader.FILE), options.baseUrl());
    boolean unreadable = diagnostics.hasErrors();
    Optional<SiteBasis> basis = replay(memory.step("basis", files, d -> SiteBasis.read(files, options.contentDir(), memory::markdown, d)));
    basis.ifPresent(b -> diagnostics.configure(b.config().rules()));
    if (basis.isEmpty() || unreadable) {
      throw new ContentException(List.of());
    }
    return basis.get();
  }

  /** A file of content/ that may be missing; one that cannot be read is reported and taken as missing. */
  private Optional<SourceFile> optionalFile(String name) {
    Path path = options.contentDir().resolve(name);
    return Files.exists(path) ? SourceFile.read(path, diagnostics) : Optional.empty();
  }

  private List<ArticleSource> scan(SiteConfig config) throws ContentException {
    return stop(new ContentScanner(config).scan(options.contentDir(), diagnostics));
  }

  /** Reads every article file: one step per file, from its text and the basis, on the build's workers. */
  private List<ArticleVersion> read(SiteBasis basis, List<ArticleSource> sources) throws ContentException {
    SiteConfig config = basis.config();
    Urls urls = new Urls(config);
    ArticleReader reader = new ArticleReader(markdown, config, basis.termIndexes(), language -> urls.href(urls.glossary(language)),
        basis.bibliography(), (language, urlPath) -> urls.href(urls.article(language, urlPath)));
    record Read(Diagnostics unreadable, List<BuildMemory.Outcome<Optional<ArticleVersion>>> outcomes) {}
    int[] done = {0};
    List<Read> reads;
    try (Workers workers = new Workers()) {
      reads = workers.map(sources, source -> {
        Diagnostics fileProblems = new Diagnostics();
        Optional<SourceFile> file = SourceFile.read(source.path(), fileProblems);
        List<BuildMemory.Outcome<Optional<ArticleVersion>>> outcomes = new ArrayList<>();
        if (file.isPresent()) {
          outcomes.add(memory.step("article " + source.path(), List.of(basis, source, file.get()), d -> reader.read(source, file.get(), d)));
          for (Language target : basis.conversion().targetsOf(source.lang())) {
            ArticleSource generated = ScriptConversion.sourceIn(source, target);
            outcomes.add(memory.step("article " + source.path() + " " + target.tag(), List.of(basis, generated, file.get()),
                d -> basis.conversion().read(reader, generated, file.get(), d)));
          }
        }
        return new Read(fileProblems, outcomes);
      }, () -> progress.update("reading", ++done[0], sources.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading reports its problems; only an interrupt gets here
    }
    List<ArticleVersion> versions = new ArrayList<>();
    for (Read read : reads) {
      diagnostics.addAll(read.unreadable().sorted());
      read.outcomes().forEach(outcome -> replay(outcome).ifPresent(versions::add));
    }
    return stop(versions);
  }

  private List<Article> pair(SiteConfig config, List<ArticleVersion> versions) throws ContentException {
    List<Article> articles = new TranslationPairing(config).pair(versions, diagnostics);
    return stop(articles.stream().map(article -> AlignmentCheck.align(article, diagnostics)).toList());
  }

  /** Renders every page on the build's workers into {@code sink}, then the feeds, sitemap and host files; returns how many files. */
  private int render(Plan plan, FileSink sink) throws ContentException, IOException {
    try {
      return renderPages(plan, sink);
    } finally {
      plan.indexes().exceptionally(e -> null).join(); // never left running into the next build (serve's)
    }
  }

  private int renderPages(Plan plan, FileSink sink) throws ContentException, IOException {
    SiteConfig config = plan.sources().config();
    List<PageSpec> pages = plan.pages();
    TemplateEngine engine = memory.templates(options.templatesDir());
    Urls urls = new Urls(config);
    RelativeLinks links = new RelativeLinks(config.basePath());
    List<PageSpec> unique = distinctPaths(pages);
    int[] done = {0};
    try (Workers workers = new Workers()) {
      workers.map(unique, page -> {
        sink.put(page.outputPath(), memory.page(page, () -> {
          String html = engine.render(page.template(), page.model());
          return utf8(page.model() instanceof NotFoundPage ? html : links.rewrite(html, page.outputPath()));
        }));
        return page;
      }, () -> progress.update("rendering", ++done[0], unique.size()));
    }
    int files = unique.size();
    for (PageSpec page : unique) {
      if (page.model() instanceof IndexPage index) {
        Language language = config.language(index.meta().lang()).orElseThrow();
        sink.put(urls.feed(language), utf8(AtomFeed.of(index, urls, urls.feed(language))));
        sink.put(urls.manifest(language), utf8(WebManifest.of(index.site())));
        files += 2;
      }
    }
    sink.put("sitemap.xml", utf8(Sitemap.of(pages)));
    sink.put("robots.txt", utf8("User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("sitemap.xml") + "\n"));
    sink.put(".nojekyll", new byte[0]);
    files += 3;
    for (Map.Entry<String, BuildMemory.Outcome<byte[]>> index : join(plan.indexes()).entrySet()) {
      sink.put(index.getKey(), replay(index.getValue()));
      files++;
    }
    Optional<String> domain = PagesDomain.of(config.baseUrl());
    if (domain.isPresent()) {
      sink.put("CNAME", utf8(domain.get() + "\n"));
      files++;
    }
    return stop(files);
  }

  /** The pages with the first of those that would be written to one path; the others are reported. */
  private List<PageSpec> distinctPaths(List<PageSpec> pages) {
    Set<String> paths = new HashSet<>();
    List<PageSpec> out = new ArrayList<>(pages.size());
    for (PageSpec page : pages) {
      if (paths.add(page.outputPath())) {
        out.add(page);
      } else {
        diagnostics.error(options.contentDir(), 0, 0, "two pages would be written to " + page.outputPath(),
            "rename the article whose folder or name makes that path; glossary/, parallel/, interleaved/ and assets/ are taken");
      }
    }
    return out;
  }

  /**
   * Each language's search index, beside its pages: one step per language, from the glossary and
   * that language's passages, so that an edit remakes only its own language's index.
   */
  private SortedMap<String, BuildMemory.Outcome<byte[]>> searchIndexes(SiteConfig config, Glossary glossary, List<Article> articles) {
    Urls urls = new Urls(config);
    SortedMap<String, BuildMemory.Outcome<byte[]>> out = new TreeMap<>();
    for (Language language : config.languages()) {
      List<Passage> passages = SiteSearch.passages(language.tag(), articles, (tag, urlPath) -> urls.article(language, urlPath));
      try {
        out.put(urls.search(language), memory.step("search " + language.tag(), List.of(glossary, passages),
            d -> SiteSearch.index(language.tag(), glossary, passages, memory.searchTokens())));
      } catch (ContentException e) {
        throw new CompletionException(e);
      }
    }
    return out;
  }

  /** The value of a step made beside the build, its failure rethrown as the build's own. */
  private static <T> T join(CompletableFuture<T> beside) throws ContentException {
    try {
      return beside.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ContentException c) {
        throw c;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Static assets of the templates, and the files of page bundles beside each language's page:
   * listed file by file, never following a link out of templates/ or content/.
   */
  private List<SiteWriter.Copy> copies(SiteConfig config, List<Article> articles) {
    Urls urls = new Urls(config);
    List<SiteWriter.Copy> copies = new ArrayList<>();
    Path assets = options.templatesDir().resolve("assets");
    if (!Files.isDirectory(assets)) {
      diagnostics.error(assets, 0, 0, "the templates have no assets/ folder (the stylesheet and script the pages link)",
          "restore templates/assets/ from the edition's repository");
    } else {
      copies.addAll(SiteWriter.Copy.folder(assets, "assets/", diagnostics));
    }
    for (Article article : articles) {
      for (ArticleVersion v : article.versions().values()) {
        Language language = config.language(v.lang()).orElseThrow();
        String to = urls.article(language, v.source().urlPath());
        v.source().bundle().ifPresent(dir -> copies.addAll(SiteWriter.Copy.folder(dir, to, diagnostics)));
      }
    }
    return copies;
  }

  /** A step's result, its problems added to the build's. */
  private <T> T replay(BuildMemory.Outcome<T> outcome) {
    diagnostics.addAll(outcome.diagnostics());
    return outcome.value();
  }

  private <T> T stop(T value) throws ContentException {
    if (diagnostics.hasErrors()) {
      throw new ContentException(List.of());
    }
    return value;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
