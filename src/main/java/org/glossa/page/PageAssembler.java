package org.glossa.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
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

  public PageAssembler(SiteConfig config, Messages messages, MarkdownProcessor markdown, Glossary glossary) {
    this(config, messages, markdown, glossary, Bibliography.EMPTY);
  }

  public PageAssembler(SiteConfig config, Messages messages, MarkdownProcessor markdown, Glossary glossary, Bibliography bibliography) {
    this.config = config;
    this.urls = new Urls(config);
    this.messages = messages;
    this.glossary = new GlossaryViews(glossary, bibliography, markdown, messages, urls);
    this.views = new ArticleViews(urls, markdown, this.glossary, bibliography);
    this.sites = new SiteViews(config, urls, messages);
    this.articlePages = new ArticlePages(config, urls, messages, views, sites);
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
    pages.add(new PageSpec("index.html", "root.ftlh", new RootPage(sites.site(fallback),
        meta(fallback, fallback.title(), fallback.description(), "", allLanguages(urls::home, ""), "root"), languages)));
    pages.add(new PageSpec("404.html", "404.ftlh", new NotFoundPage(sites.site(fallback),
        meta(fallback, messages.get(fallback, "notFound.title"), "", "404.html", List.of(), "404"), languages)));
    for (Language language : config.languages()) {
      String home = urls.home(language);
      List<ArticleView> list = new ArrayList<>();
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> list.add(views.view(v, language)));
      }
      pages.add(new PageSpec(home + "index.html", "index.ftlh", new IndexPage(sites.site(language),
          meta(language, language.title(), language.description(), home, allLanguages(urls::home, null), "index"), list)));
      String glossaryPath = urls.glossary(language);
      pages.add(new PageSpec(glossaryPath + "index.html", "glossary.ftlh", new GlossaryPage(sites.site(language),
          meta(language, messages.get(language, "glossary.title") + " · " + language.title(), language.description(), glossaryPath,
              allLanguages(urls::glossary, null), "glossary"), glossary.groups(language, published))));
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> pages.addAll(articlePages.pages(article, v, language)));
      }
    }
    return pages;
  }

  private PageMeta meta(Language language, String title, String description, String path, List<Alternate> alternates, String kind) {
    return new PageMeta(language.tag(), title, description, urls.absolute(path), alternates, path, kind);
  }

  /** Alternates in every language; x-default is {@code xDefaultPath}, or the default language's page when null. */
  private List<Alternate> allLanguages(Function<Language, String> pathOf, String xDefaultPath) {
    List<Alternate> out = new ArrayList<>();
    for (Language l : config.languages()) {
      out.add(new Alternate(l.tag(), urls.absolute(pathOf.apply(l))));
    }
    String xDefault = xDefaultPath != null ? xDefaultPath : pathOf.apply(config.defaultLanguageRecord());
    out.add(new Alternate("x-default", urls.absolute(xDefault)));
    return out;
  }

  private static final Comparator<Article> NEWEST_FIRST = Comparator
      .comparing((Article a) -> a.original().frontMatter().date().map(d -> d.firstDay()).orElse(LocalDate.MIN))
      .reversed()
      .thenComparing(Article::key);
}
