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
import java.util.SortedMap;
import java.util.TreeMap;
import org.glossa.config.ConfigLoader;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.AlignmentCheck;
import org.glossa.content.Article;
import org.glossa.content.ArticleReader;
import org.glossa.content.ArticleSource;
import org.glossa.content.ArticleVersion;
import org.glossa.content.ContentScanner;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.TranslationPairing;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.output.AtomFeed;
import org.glossa.output.SiteWriter;
import org.glossa.output.Sitemap;
import org.glossa.output.WebManifest;
import org.glossa.page.IndexPage;
import org.glossa.page.PageAssembler;
import org.glossa.page.PageSpec;
import org.glossa.page.Urls;
import org.glossa.render.Messages;
import org.glossa.render.TemplateEngine;
import org.glossa.source.SourceFile;

/**
 * The pipeline: configure → scan → read → pair → plan pages → render → write. Each stage collects
 * every problem it finds; the build stops after the first stage with errors and never touches the
 * output folder unless everything succeeded.
 */
public final class Build {
  public static final String CONFIG_FILE = "config.yaml";

  private final BuildOptions options;
  private final Diagnostics diagnostics = new Diagnostics();
  private final MarkdownProcessor markdown = new MarkdownProcessor();

  public Build(BuildOptions options) {
    this.options = options;
  }

  /** The sources, read and checked: configuration, glossary and paired articles. */
  public record Sources(SiteConfig config, Glossary glossary, List<Article> articles) {}

  public BuildResult run() throws IOException {
    try {
      Sources sources = readSources();
      SiteConfig config = sources.config();
      Glossary glossary = sources.glossary();
      List<Article> articles = sources.articles();
      Messages messages = stop(Messages.load(options.templatesDir(), config.languages(), diagnostics));
      List<PageSpec> pages = new PageAssembler(config, messages, markdown, glossary).assemble(articles);
      SortedMap<String, byte[]> files = render(config, pages);
      if (options.write()) {
        new SiteWriter(options.outputDir(), List.of(options.contentDir(), options.templatesDir(), Path.of("")))
            .write(files, copies(config, articles));
      }
      return new BuildResult(diagnostics.sorted(), pages.size(), files.size());
    } catch (ContentException e) {
      diagnostics.addAll(e.diagnostics());
      return new BuildResult(diagnostics.sorted(), 0, 0);
    }
  }

  /** Runs the stages up to pairing and alignment; throws when they find errors (see {@link #diagnostics()}). */
  public Sources readSources() throws ContentException {
    SiteConfig config = configure();
    Glossary glossary = stop(GlossaryLoader.load(options.contentDir(), config.languages(), diagnostics));
    List<Article> articles = pair(config, read(config, termIndexes(config, glossary), scan(config)));
    return new Sources(config, glossary, published(articles));
  }

  /** Articles without their draft versions; an article whose original is a draft is left out whole. */
  private static List<Article> published(List<Article> articles) {
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
    Path file = options.contentDir().resolve(CONFIG_FILE);
    if (!Files.isRegularFile(file)) {
      diagnostics.error(file, 0, 0, "no site configuration",
          "create " + file + " (see the README's configuration section), or run from the edition's top folder");
    }
    Optional<SiteConfig> config = stop(SourceFile.read(file, diagnostics).flatMap(f -> ConfigLoader.load(f, diagnostics)));
    if (config.isEmpty()) {
      throw new ContentException(Diagnostic.error(file, 0, 0, "the site configuration could not be read", ""));
    }
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

  private List<ArticleVersion> read(SiteConfig config, Map<String, TermIndex> indexes, List<ArticleSource> sources) throws ContentException {
    Urls urls = new Urls(config);
    ArticleReader reader = new ArticleReader(markdown, config, indexes, language -> urls.href(urls.glossary(language)));
    List<ArticleVersion> versions = new ArrayList<>();
    for (ArticleSource source : sources) {
      reader.read(source, diagnostics).ifPresent(versions::add);
    }
    return stop(versions);
  }

  private List<Article> pair(SiteConfig config, List<ArticleVersion> versions) throws ContentException {
    List<Article> articles = new TranslationPairing(config).pair(versions, diagnostics);
    for (Article article : articles) {
      AlignmentCheck.check(article, diagnostics);
    }
    return stop(articles);
  }

  private SortedMap<String, byte[]> render(SiteConfig config, List<PageSpec> pages) throws ContentException {
    TemplateEngine engine = new TemplateEngine(options.templatesDir());
    Urls urls = new Urls(config);
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (PageSpec page : pages) {
      if (files.put(page.outputPath(), utf8(engine.render(page.template(), page.model()))) != null) {
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
    return stop(files);
  }

  /** Static assets of the templates, and the images of page bundles beside each language's page. */
  private List<SiteWriter.Copy> copies(SiteConfig config, List<Article> articles) {
    Urls urls = new Urls(config);
    List<SiteWriter.Copy> copies = new ArrayList<>();
    copies.add(new SiteWriter.Copy(options.templatesDir().resolve("assets"), "assets"));
    for (Article article : articles) {
      for (ArticleVersion v : article.versions().values()) {
        Language language = config.language(v.lang()).orElseThrow();
        v.source().bundle().ifPresent(dir -> copies.add(new SiteWriter.Copy(dir, urls.article(language, v.source().urlPath()))));
      }
    }
    return copies;
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
