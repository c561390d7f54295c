package org.glossa.page;

import java.util.ArrayList;
import java.util.List;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.render.Messages;

/**
 * The pages of one article in one interface language: the article alone, and (when it has a
 * translation) side by side and interleaved with its original. All share the passage anchors.
 */
final class ArticlePages {
  static final String PARALLEL = "parallel";
  static final String INTERLEAVED = "interleaved";

  private final SiteConfig config;
  private final Urls urls;
  private final Messages messages;
  private final ArticleViews views;
  private final SiteViews sites;

  ArticlePages(SiteConfig config, Urls urls, Messages messages, ArticleViews views, SiteViews sites) {
    this.config = config;
    this.urls = urls;
    this.messages = messages;
    this.views = views;
    this.sites = sites;
  }

  List<PageSpec> pages(Article article, ArticleVersion version, Language language) {
    List<PageSpec> pages = new ArrayList<>();
    String path = path(version, language);
    ArticleView view = views.view(version, language);
    pages.add(new PageSpec(path + "index.html", "article.ftlh", new ArticlePage(sites.site(language), meta(article, language, view, ""),
        view, modes(article, version, language, language.tag()))));
    if (article.versions().size() > 1) {
      List<ArticleView> columns = columns(article, language);
      List<ParallelRow> rows = rows(columns);
      for (String mode : List.of(PARALLEL, INTERLEAVED)) {
        pages.add(new PageSpec(path + mode + "/index.html", "parallel.ftlh", new ParallelPage(sites.site(language),
            meta(article, language, view, mode + "/"), mode, columns, rows, modes(article, version, language, mode))));
      }
    }
    return pages;
  }

  /** The original first, then the interface language's version (or the first translation). */
  private List<ArticleView> columns(Article article, Language language) {
    ArticleVersion original = article.original();
    ArticleVersion other = article.version(language.tag()).filter(v -> v != original)
        .orElseGet(() -> article.versions().values().stream().filter(v -> v != original).findFirst().orElseThrow());
    return List.of(views.view(original, config.language(original.lang()).orElseThrow()),
        views.view(other, config.language(other.lang()).orElseThrow()));
  }

  private static List<ParallelRow> rows(List<ArticleView> columns) {
    List<ParallelRow> rows = new ArrayList<>();
    int n = columns.get(0).units().size();
    for (int i = 0; i < n; i++) {
      List<UnitView> cells = new ArrayList<>();
      for (ArticleView column : columns) {
        cells.add(column.units().get(i));
      }
      rows.add(new ParallelRow(cells.get(0).id(), cells));
    }
    return rows;
  }

  private List<ModeLink> modes(Article article, ArticleVersion version, Language language, String current) {
    List<ModeLink> modes = new ArrayList<>();
    for (Language other : config.languages()) {
      article.version(other.tag()).ifPresent(v -> modes.add(new ModeLink(other.tag(), other.name(),
          urls.href(path(v, other)), other.tag(), other.tag().equals(current))));
    }
    if (article.versions().size() > 1) {
      String base = urls.href(path(version, language));
      modes.add(new ModeLink(PARALLEL, messages.get(language, "mode.parallel"), base + PARALLEL + "/", language.tag(), current.equals(PARALLEL)));
      modes.add(new ModeLink(INTERLEAVED, messages.get(language, "mode.interleaved"), base + INTERLEAVED + "/", language.tag(),
          current.equals(INTERLEAVED)));
    }
    return modes;
  }

  private PageMeta meta(Article article, Language language, ArticleView view, String suffix) {
    List<Alternate> alternates = new ArrayList<>();
    for (Language other : config.languages()) {
      article.version(other.tag()).ifPresent(v -> alternates.add(new Alternate(other.tag(), urls.absolute(path(v, other) + suffix))));
    }
    ArticleVersion xDefault = article.version(config.defaultLanguage()).orElse(article.original());
    alternates.add(new Alternate("x-default", urls.absolute(path(xDefault, config.language(xDefault.lang()).orElseThrow()) + suffix)));
    String description = view.summary() == null ? language.description() : view.summary();
    String title = view.title() + (suffix.isEmpty() ? "" : " · " + messages.get(language, "mode." + suffix.replace("/", "")))
        + " · " + language.title();
    String path = path(article.version(language.tag()).orElseThrow(), language) + suffix;
    return new PageMeta(language.tag(), title, description, urls.absolute(path), alternates, path, suffix.isEmpty() ? "article" : "parallel");
  }

  private String path(ArticleVersion version, Language language) {
    return urls.article(language, version.source().urlPath());
  }
}
