package org.glossa.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.Glossary;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.render.Messages;

/**
 * Plans every page of the site from the assembled articles: per language a home page listing the
 * articles, one page per article version and a glossary page; plus the root language chooser and
 * the 404 page. Each page gets its alternates in the other languages and an x-default.
 */
public final class PageAssembler {
  private final SiteConfig config;
  private final Urls urls;
  private final Messages messages;
  private final ArticleViews views;
  private final GlossaryViews glossary;

  public PageAssembler(SiteConfig config, Messages messages, MarkdownProcessor markdown, Glossary glossary) {
    this.config = config;
    this.urls = new Urls(config);
    this.messages = messages;
    this.glossary = new GlossaryViews(glossary, markdown, messages, urls);
    this.views = new ArticleViews(urls, markdown, this.glossary);
  }

  public List<PageSpec> assemble(List<Article> articles) {
    List<Article> published = articles.stream()
        .filter(a -> !a.original().frontMatter().draft())
        .sorted(NEWEST_FIRST)
        .toList();
    List<PageSpec> pages = new ArrayList<>();
    List<SiteView> sites = config.languages().stream().map(l -> site(l, urls.home(l))).toList();
    Language fallback = config.defaultLanguageRecord();
    pages.add(new PageSpec("index.html", "root.ftlh", new RootPage(site(fallback, ""),
        meta(fallback, fallback.title(), fallback.description(), "", allLanguages(urls::home), "root"), sites)));
    pages.add(new PageSpec("404.html", "404.ftlh", new NotFoundPage(site(fallback, ""),
        meta(fallback, messages.get(fallback, "notFound.title"), "", "404.html", List.of(), "404"), sites)));
    for (Language language : config.languages()) {
      String home = urls.home(language);
      List<ArticleView> list = new ArrayList<>();
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> list.add(views.view(v, language)));
      }
      pages.add(new PageSpec(home + "index.html", "index.ftlh", new IndexPage(site(language, home),
          meta(language, language.title(), language.description(), home, allLanguages(urls::home), "index"), list)));
      String glossaryPath = urls.glossary(language);
      pages.add(new PageSpec(glossaryPath + "index.html", "glossary.ftlh", new GlossaryPage(site(language, glossaryPath),
          meta(language, messages.get(language, "glossary.title") + " · " + language.title(), language.description(), glossaryPath,
              allLanguages(urls::glossary), "glossary"), glossary.groups(language, published))));
      for (Article article : published) {
        article.version(language.tag()).ifPresent(v -> pages.add(articlePage(article, v, language)));
      }
    }
    return pages;
  }

  private PageSpec articlePage(Article article, ArticleVersion version, Language language) {
    String path = urls.article(language, version.source().urlPath());
    List<Alternate> alternates = new ArrayList<>();
    List<Link> versions = new ArrayList<>();
    for (Language other : config.languages()) {
      article.version(other.tag()).ifPresent(v -> {
        String otherPath = urls.article(other, v.source().urlPath());
        alternates.add(new Alternate(other.tag(), urls.absolute(otherPath)));
        versions.add(new Link(other.name(), urls.href(otherPath), other.tag(), other == language));
      });
    }
    ArticleVersion xDefault = article.version(config.defaultLanguage()).orElse(article.original());
    alternates.add(new Alternate("x-default", urls.absolute(urls.article(config.language(xDefault.lang()).orElseThrow(),
        xDefault.source().urlPath()))));
    ArticleView view = views.view(version, language);
    String description = view.summary() == null ? language.description() : view.summary();
    PageMeta meta = new PageMeta(language.tag(), view.title() + " · " + language.title(), description,
        urls.absolute(path), alternates, path, "article");
    return new PageSpec(path + "index.html", "article.ftlh", new ArticlePage(site(language, path), meta, view, versions));
  }

  private SiteView site(Language language, String currentPath) {
    List<Link> switcher = config.languages().stream()
        .map(l -> new Link(l.name(), urls.href(urls.home(l)), l.tag(), l == language))
        .toList();
    return new SiteView(language.title(), language.description(), language.tag(), urls.href(urls.home(language)),
        urls.href(""), urls.href(urls.glossary(language)), urls.href(urls.feed(language)), urls.href("assets/"),
        switcher, messages.of(language));
  }

  private PageMeta meta(Language language, String title, String description, String path, List<Alternate> alternates, String kind) {
    return new PageMeta(language.tag(), title, description, urls.absolute(path), alternates, path, kind);
  }

  private List<Alternate> allLanguages(java.util.function.Function<Language, String> pathOf) {
    List<Alternate> out = new ArrayList<>();
    for (Language l : config.languages()) {
      out.add(new Alternate(l.tag(), urls.absolute(pathOf.apply(l))));
    }
    out.add(new Alternate("x-default", urls.absolute(pathOf.apply(config.defaultLanguageRecord()))));
    return out;
  }

  private static final Comparator<Article> NEWEST_FIRST = Comparator
      .comparing((Article a) -> a.original().frontMatter().date().map(d -> d.firstDay()).orElse(java.time.LocalDate.MIN))
      .reversed()
      .thenComparing(Article::key);
}
