package org.glossa.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.Glossary;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.render.Messages;

/**
 * Plans every page of the site from the published articles (drafts are already left out): per language a home page listing the
 * articles, one page per article version and a glossary page; plus the root language chooser and
 * the 404 page. Each page gets its alternates in the other languages and an x-default.
 */
public final class PageAssembler {
  private final SiteConfig config;
  private final Urls urls;
  private final Messages messages;
  private final ArticleViews views;
  private final GlossaryViews glossary;
  private final SiteViews sites;
  private final ArticlePages articlePages;
  private final Heads heads;
  private final StructuredData data;

  public PageAssembler(SiteConfig config, Messages messages, MarkdownProcessor markdown, Glossary glossary) {
    this(config, messages, markdown, glossary, Bibliography.EMPTY);
  }

  public PageAssembler(SiteConfig config, Messages messages, MarkdownProcessor markdown, Glossary glossary, Bibliography bibliography) {
    this.config = config;
    this.urls = new Urls(config);
    this.messages = messages;
    this.glossary = new GlossaryViews(glossary, bibliography, markdown, messages, urls, config);
    this.views = new ArticleViews(urls, markdown, this.glossary, config, bibliography);
    this.sites = new SiteViews(config, urls, messages);
    this.articlePages = new ArticlePages(config, urls, messages, views, sites);
    this.heads = new Heads(config, urls);
    this.data = new StructuredData(config, urls);
  }

  /**
   * The pages of {@code articles}. An assembler may plan again for other articles (serve keeps one
   * while the configuration, messages, glossary and bibliography stay the same): what it made for
   * an equal article version is reused, and the rest let go.
   */
  public List<PageSpec> assemble(List<Article> articles) {
    views.nextRound();
    List<Article> published = articles.stream().sorted(NEWEST_FIRST).toList();
    views.prepare(published, config.languages());
    List<PageSpec> pages = new ArrayList<>();
    List<SiteView> languages = config.languages().stream().map(sites::site).toList();
    Language fallback = config.defaultLanguageRecord();
    pages.add(new PageSpec("index.html", "root.ftlh", new RootPage(sites.site(fallback), heads.meta(
        new Heads.About(fallback, fallback.title(), fallback.description(), "", "root"), inEveryLanguage(urls::home).withXDefault(""),
        null, data.website()), languages)));
    pages.add(new PageSpec("404.html", "404.ftlh", new NotFoundPage(sites.site(fallback), heads.meta(
        new Heads.About(fallback, messages.get(fallback, "notFound.title"), "", "404.html", "404"), LanguageVersions.none(config, urls),
        null, null), languages)));
    for (Language language : config.languages()) {
      String home = urls.home(language);
      List<ArticleView> list = new ArrayList<>();
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> list.add(views.view(v, language)));
      }
      pages.add(new PageSpec(home + "index.html", "index.ftlh", new IndexPage(sites.site(language), heads.meta(
          new Heads.About(language, language.title(), language.description(), home, "index"), inEveryLanguage(urls::home),
          null, data.collection(language, urls.absolute(home), list)), list)));
      String glossaryPath = urls.glossary(language);
      String glossaryTitle = messages.get(language, "glossary.title") + " · " + language.title();
      pages.add(new PageSpec(glossaryPath + "index.html", "glossary.ftlh", new GlossaryPage(sites.site(language), heads.meta(
          new Heads.About(language, glossaryTitle, messages.get(language, "glossary.intro"), glossaryPath, "glossary"),
          inEveryLanguage(urls::glossary), null,
          data.glossary(language, glossaryTitle, urls.absolute(glossaryPath), glossary.definedTerms(language))),
          glossary.groups(language, published))));
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> pages.addAll(articlePages.pages(article, v, language)));
      }
    }
    return pages;
  }

  /** A page that every language has, at {@code pathOf} its language. */
  private LanguageVersions inEveryLanguage(Function<Language, String> pathOf) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Language l : config.languages()) {
      paths.put(l.tag(), pathOf.apply(l));
    }
    return LanguageVersions.of(config, urls, paths);
  }

  private static final Comparator<Article> NEWEST_FIRST = Comparator
      .comparing((Article a) -> a.original().frontMatter().date().map(d -> d.firstDay()).orElse(LocalDate.MIN))
      .reversed()
      .thenComparing(Article::key);
}
