package org.glossa.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;

/**
 * The JSON-LD (schema.org) of each kind of page: the edition as a {@code WebSite}, a language's
 * home as a {@code CollectionPage}, each article version as an {@code Article} linked to its
 * original by {@code translationOfWork} and to its translations by {@code workTranslation}, a
 * side-by-side page as a {@code WebPage} made of both, and a glossary as a {@code DefinedTermSet}.
 */
final class StructuredData {
  private static final String CONTEXT = "https://schema.org";

  private final SiteConfig config;
  private final Urls urls;

  StructuredData(SiteConfig config, Urls urls) {
    this.config = config;
    this.urls = urls;
  }

  /** A version of an article by its absolute URL, for references between versions. */
  record Version(String lang, String url, String title) {}

  String website() {
    Language main = config.defaultLanguageRecord();
    Map<String, Object> site = root("WebSite", urls.absolute(""), websiteId());
    site.put("name", main.title());
    site.put("alternateName", config.languages().stream().filter(l -> l != main).map(Language::title).toList());
    site.put("description", main.description().isEmpty() ? null : main.description());
    site.put("inLanguage", config.languages().stream().map(Language::tag).toList());
    site.put("hasPart", config.languages().stream().map(l -> ref(urls.absolute(urls.home(l)))).toList());
    return Json.write(site);
  }

  String collection(Language language, String url, List<ArticleView> articles) {
    Map<String, Object> page = root("CollectionPage", url, url);
    page.put("name", language.title());
    page.put("description", language.description().isEmpty() ? null : language.description());
    page.put("inLanguage", language.tag());
    page.put("isPartOf", ref(websiteId()));
    page.put("hasPart", articles.stream().map(a -> {
      String articleUrl = urls.absolute(a.url().substring(urls.href("").length()));
      Map<String, Object> item = node("Article", articleUrl, articleId(articleUrl));
      item.put("headline", a.title());
      return item;
    }).toList());
    return Json.write(page);
  }

  /** The article in one language; {@code original} is null for an original, {@code translations} empty for a translation. */
  String article(ArticleView view, String url, Version original, List<Version> translations) {
    Map<String, Object> article = root("Article", url, articleId(url));
    article.putAll(articleNode(view, url));
    if (original != null) {
      article.put("translationOfWork", versionNode(original));
    }
    article.put("workTranslation", translations.stream().map(this::versionNode).toList());
    return Json.write(article);
  }

  /** A page showing several versions of an article together. */
  String parallel(String title, String url, List<ArticleView> columns, List<String> columnUrls) {
    Map<String, Object> page = root("WebPage", url, url);
    page.put("name", title);
    page.put("inLanguage", columns.stream().map(ArticleView::lang).toList());
    page.put("isPartOf", ref(websiteId()));
    List<Object> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      parts.add(articleNode(columns.get(i), columnUrls.get(i)));
    }
    page.put("hasPart", parts);
    return Json.write(page);
  }

  /** A defined term of a glossary page: its headword, its plain short definition and its anchor. */
  record Term(String id, String name, String description) {}

  String glossary(Language language, String title, String url, List<Term> terms) {
    Map<String, Object> set = root("DefinedTermSet", url, url);
    set.put("name", title);
    set.put("inLanguage", language.tag());
    set.put("isPartOf", ref(websiteId()));
    set.put("hasDefinedTerm", terms.stream().map(t -> {
      Map<String, Object> term = node("DefinedTerm", url + "#" + t.id(), url + "#" + t.id());
      term.put("name", t.name());
      term.put("description", t.description());
      term.put("inDefinedTermSet", ref(url));
      return term;
    }).toList());
    return Json.write(set);
  }

  private Map<String, Object> articleNode(ArticleView view, String url) {
    Map<String, Object> article = node("Article", url, articleId(url));
    article.put("headline", view.title());
    article.put("alternativeHeadline", view.subtitle());
    article.put("inLanguage", view.lang());
    article.put("datePublished", view.dateIso());
    article.put("description", view.summary());
    article.put("keywords", view.tags());
    article.put("isBasedOn", view.sourceUrl());
    article.put("mainEntityOfPage", url);
    article.put("isPartOf", ref(websiteId()));
    return article;
  }

  private Map<String, Object> versionNode(Version v) {
    Map<String, Object> node = node("Article", v.url(), articleId(v.url()));
    node.put("headline", v.title());
    node.put("inLanguage", v.lang());
    return node;
  }

  private String websiteId() {
    return urls.absolute("") + "#website";
  }

  private static String articleId(String url) {
    return url + "#article";
  }

  /** The top node of a page's JSON-LD, which names the vocabulary. */
  private static Map<String, Object> root(String type, String url, String id) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@context", CONTEXT);
    node.putAll(node(type, url, id));
    return node;
  }

  private static Map<String, Object> node(String type, String url, String id) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", type);
    node.put("@id", id);
    node.put("url", url);
    return node;
  }

  private static Map<String, Object> ref(String id) {
    return Map.of("@id", id);
  }
}
