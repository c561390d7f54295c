package org.glossa.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final Heads heads;
  private final StructuredData data;

  ArticlePages(SiteConfig config, Urls urls, Messages messages, ArticleViews views, SiteViews sites) {
    this.config = config;
    this.urls = urls;
    this.messages = messages;
    this.views = views;
    this.sites = sites;
    this.heads = new Heads(config, urls);
    this.data = new StructuredData(config, urls);
  }

  List<PageSpec> pages(Article article, ArticleVersion version, Language language) {
    List<PageSpec> pages = new ArrayList<>();
    String path = path(version, language);
    ArticleView view = views.view(version, language);
    PageMeta meta = heads.meta(about(article, language, view, ""), versions(article, ""), view.dateIso(),
        data.article(view, urls.absolute(path), original(article, version), translations(article, version)));
    pages.add(new PageSpec(path + "index.html", "article.ftlh",
        new ArticlePage(sites.site(language), meta, view, modes(article, version, language, language.tag()))));
    if (article.versions().size() > 1) {
      List<ArticleView> columns = columns(article, language);
      List<SiteView> columnSites = columns.stream().map(c -> sites.site(config.language(c.lang()).orElseThrow())).toList();
      List<String> columnUrls = columns.stream().map(c -> urls.absolute(c.url().substring(urls.href("").length()))).toList();
      List<ParallelRow> rows = rows(columns);
      for (String mode : List.of(PARALLEL, INTERLEAVED)) {
        Heads.About about = about(article, language, view, mode + "/");
        PageMeta parallelMeta = heads.meta(about, versions(article, mode + "/"), view.dateIso(),
            data.parallel(about.title(), urls.absolute(about.path()), columns, columnUrls));
        pages.add(new PageSpec(path + mode + "/index.html", "parallel.ftlh", new ParallelPage(sites.site(language),
            parallelMeta, mode, columns, columnSites, rows, modes(article, version, language, mode))));
      }
    }
    return pages;
  }

  /**
   * The original first, then the interface language's version (or the first translation). A
   * language generated from the original's (zh-Hant from zh-Hans) stands in for the original on its
   * own pages, beside the first written translation: the Traditional reader reads Traditional and English.
   */
  private List<ArticleView> columns(Article article, Language language) {
    ArticleVersion original = article.original();
    boolean standIn = language.convertFrom().filter(original.lang()::equals).isPresent() && article.version(language.tag()).isPresent();
    ArticleVersion first = standIn ? article.version(language.tag()).orElseThrow() : original;
    ArticleVersion other = article.version(language.tag()).filter(v -> v != first)
        .orElseGet(() -> article.versions().values().stream().filter(v -> v != original && v != first && !isGenerated(v))
            .findFirst().orElseGet(() -> article.versions().values().stream().filter(v -> v != first).findFirst().orElseThrow()));
    return List.of(views.view(first, config.language(first.lang()).orElseThrow()),
        views.view(other, config.language(other.lang()).orElseThrow()));
  }

  private boolean isGenerated(ArticleVersion v) {
    return config.language(v.lang()).map(Language::isGenerated).orElse(false);
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

  /** This article's page in the reading mode {@code suffix} ("" alone, "parallel/", "interleaved/") in every language. */
  private LanguageVersions versions(Article article, String suffix) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Language other : config.languages()) {
      article.version(other.tag()).ifPresent(v -> paths.put(other.tag(), path(v, other) + suffix));
    }
    LanguageVersions versions = LanguageVersions.of(config, urls, paths);
    ArticleVersion original = article.original();
    // Without a version in the default language, x-default is the original.
    return paths.containsKey(config.defaultLanguage()) ? versions
        : versions.withXDefault(path(original, config.language(original.lang()).orElseThrow()) + suffix);
  }

  private Heads.About about(Article article, Language language, ArticleView view, String suffix) {
    String description = view.summary() == null ? language.description() : view.summary();
    String title = view.title() + (suffix.isEmpty() ? "" : " · " + messages.get(language, "mode." + suffix.replace("/", "")))
        + " · " + language.title();
    String path = path(article.version(language.tag()).orElseThrow(), language) + suffix;
    return new Heads.About(language, title, description, path, suffix.isEmpty() ? "article" : "parallel");
  }

  /** The original this version translates, or null when it is the original. */
  private StructuredData.Version original(Article article, ArticleVersion version) {
    return version == article.original() ? null : version(article.original());
  }

  /** The translations of an original; none for a translation. */
  private List<StructuredData.Version> translations(Article article, ArticleVersion version) {
    if (version != article.original()) {
      return List.of();
    }
    return article.versions().values().stream().filter(v -> v != version).map(this::version).toList();
  }

  private StructuredData.Version version(ArticleVersion v) {
    Language language = config.language(v.lang()).orElseThrow();
    return new StructuredData.Version(v.lang(), urls.absolute(path(v, language)), v.frontMatter().title());
  }

  private String path(ArticleVersion version, Language language) {
    return urls.article(language, version.source().urlPath());
  }
}
