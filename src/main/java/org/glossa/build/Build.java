package org.glossa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.glossa.config.ConfigLoader;
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
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.TranslationPairing;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.glossary.TermIndex;
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
import org.glossa.source.SourceFile;
import org.glossa.source.SourceTree;

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
  private final Diagnostics diagnostics = new Diagnostics();
  private MarkdownProcessor markdown = new MarkdownProcessor();

  public Build(BuildOptions options) {
    this(options, Progress.NONE);
  }

  public Build(BuildOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
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

  /** Builds the site and, unless the options say not to, writes it. */
  public BuildResult run() throws IOException {
    SiteWriter writer = new SiteWriter(options.outputDir(), List.of(options.contentDir(), options.templatesDir()));
    if (options.write()) {
      writer.checkTarget();
    }
    try {
      Site site = render();
      if (options.write()) {
        writer.write(site.files(), site.copies());
      }
      return new BuildResult(diagnostics.sorted(), site.pages().size(), site.files().size());
    } catch (ContentException e) {
      diagnostics.addAll(e.diagnostics());
      return new BuildResult(diagnostics.sorted(), 0, 0);
    }
  }

  /** Runs every stage but writing: the site in memory. Throws when a stage finds errors (see {@link #diagnostics()}). */
  public Site render() throws ContentException {
    Sources sources = readSources();
    SiteConfig config = sources.config();
    List<Article> articles = sources.articles();
    Messages messages = stop(Messages.load(options.templatesDir(), config.languages(), diagnostics));
    List<PageSpec> pages = new PageAssembler(config, messages, markdown, sources.glossary(), sources.bibliography()).assemble(articles);
    SortedMap<String, byte[]> files = render(config, pages);
    return new Site(sources, pages, files, stop(copies(config, articles)));
  }

  /** Runs the stages up to pairing and alignment; throws when they find errors (see {@link #diagnostics()}). */
  public Sources readSources() throws ContentException {
    SiteConfig config = configure();
    markdown = new MarkdownProcessor(config.rawHtml());
    Glossary glossary = GlossaryLoader.load(options.contentDir(), config.languages(), diagnostics);
    Bibliography bibliography = stop(BibliographyLoader.load(options.contentDir(), config.languages(), diagnostics));
    checkGlossaryMarkup(glossary);
    Set<String> cited = CitationCheck.glossary(glossary, bibliography, markdown,
        options.contentDir().resolve(GlossaryLoader.FILE), diagnostics);
    List<ArticleVersion> versions = read(config, termIndexes(config, glossary), bibliography, scan(config));
    versions.forEach(v -> cited.addAll(v.body().citations()));
    CitationCheck.unused(bibliography, cited, options.contentDir().resolve(BibliographyLoader.FILE), diagnostics);
    List<Article> articles = pair(config, versions);
    return new Sources(config, glossary, bibliography, articles);
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

  private SiteConfig configure() throws ContentException {
    Path file = options.configFile();
    if (!Files.isRegularFile(file)) {
      throw new ContentException(Diagnostic.error(file, 0, 0, "no site configuration",
          "create " + file + " (see the README's configuration section), or run from the edition's top folder"));
    }
    Optional<SiteConfig> config = stop(SourceFile.read(file, diagnostics).flatMap(f -> ConfigLoader.load(f, diagnostics)));
    if (config.isEmpty()) {
      throw new ContentException(Diagnostic.error(file, 0, 0, "the site configuration could not be read", ""));
    }
    diagnostics.configure(config.get().rules());
    return options.baseUrl().map(config.get()::withBaseUrl).orElse(config.get());
  }

  private List<ArticleSource> scan(SiteConfig config) throws ContentException {
    return stop(new ContentScanner(config).scan(options.contentDir(), diagnostics));
  }

  /** The glossary's matcher for each language; a form claimed by two entries is reported. */
  private Map<String, TermIndex> termIndexes(SiteConfig config, Glossary glossary) throws ContentException {
    Map<String, TermIndex> indexes = new HashMap<>();
    for (Language language : config.languages()) {
      try {
        indexes.put(language.tag(), TermIndex.of(glossary.formsIn(language.tag())));
      } catch (IllegalArgumentException e) {
        diagnostics.error(options.contentDir().resolve(GlossaryLoader.FILE), 0, 0, language.tag() + ": " + e.getMessage(),
            "give each form to one entry only; an all-lower-case alias also matches capitalised text");
      }
    }
    return stop(indexes);
  }

  private List<ArticleVersion> read(SiteConfig config, Map<String, TermIndex> indexes, Bibliography bibliography,
      List<ArticleSource> sources) throws ContentException {
    Urls urls = new Urls(config);
    ArticleReader reader = new ArticleReader(markdown, config, indexes, language -> urls.href(urls.glossary(language)), bibliography,
        (language, urlPath) -> urls.href(urls.article(language, urlPath)));
    List<ArticleVersion> versions = new ArrayList<>();
    for (ArticleSource source : sources) {
      reader.read(source, diagnostics).ifPresent(versions::add);
      progress.update("reading", versions.size(), sources.size());
    }
    return stop(versions);
  }

  private List<Article> pair(SiteConfig config, List<ArticleVersion> versions) throws ContentException {
    List<Article> articles = new TranslationPairing(config).pair(versions, diagnostics);
    return stop(articles.stream().map(article -> AlignmentCheck.align(article, diagnostics)).toList());
  }

  private SortedMap<String, byte[]> render(SiteConfig config, List<PageSpec> pages) throws ContentException {
    TemplateEngine engine = new TemplateEngine(options.templatesDir());
    Urls urls = new Urls(config);
    RelativeLinks links = new RelativeLinks(config.basePath());
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (PageSpec page : pages) {
      progress.update("rendering", files.size(), pages.size());
      String html = engine.render(page.template(), page.model());
      if (!(page.model() instanceof NotFoundPage)) {
        html = links.rewrite(html, page.outputPath());
      }
      if (files.put(page.outputPath(), utf8(html)) != null) {
        diagnostics.error(options.contentDir(), 0, 0, "two pages would be written to " + page.outputPath(),
            "rename the article whose folder or name makes that path; glossary/, parallel/, interleaved/ and assets/ are taken");
      }
      if (page.model() instanceof IndexPage index) {
        Language language = config.language(index.meta().lang()).orElseThrow();
        files.put(urls.feed(language), utf8(AtomFeed.of(index, urls, urls.feed(language))));
        files.put(urls.manifest(language), utf8(WebManifest.of(index.site())));
      }
    }
    files.put("sitemap.xml", utf8(Sitemap.of(pages)));
    files.put("robots.txt", utf8("User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("sitemap.xml") + "\n"));
    files.put(".nojekyll", new byte[0]);
    PagesDomain.of(config.baseUrl()).ifPresent(domain -> files.put("CNAME", utf8(domain + "\n")));
    return stop(files);
  }

  /** Glossary definitions are Markdown from contributors: what in them is shown as text or left out is reported. */
  private void checkGlossaryMarkup(Glossary glossary) {
    Path file = options.contentDir().resolve(GlossaryLoader.FILE);
    for (var entry : glossary.entries().values()) {
      for (var sense : entry.senses().values()) {
        markdown.checkFragment(sense.shortDefinition(), file, sense.line(), diagnostics);
        markdown.checkFragment(sense.longDefinition(), file, sense.line(), diagnostics);
      }
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
      copyFolder(assets, "assets/", copies);
    }
    for (Article article : articles) {
      for (ArticleVersion v : article.versions().values()) {
        Language language = config.language(v.lang()).orElseThrow();
        String to = urls.article(language, v.source().urlPath());
        v.source().bundle().ifPresent(dir -> copyFolder(dir, to, copies));
      }
    }
    return copies;
  }

  /** The files below {@code dir}, except Markdown and hidden ones, to {@code to} in the site; no link may leave {@code dir}. */
  private void copyFolder(Path dir, String to, List<SiteWriter.Copy> copies) {
    Predicate<Path> skipped = relative -> relative.toString().endsWith(".md")
        || StreamSupport.stream(relative.spliterator(), false).anyMatch(part -> part.toString().startsWith("."));
    for (Path file : SourceTree.files(dir, skipped, diagnostics)) {
      copies.add(new SiteWriter.Copy(file, to + dir.relativize(file).toString().replace('\\', '/')));
    }
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
