package org.glossa.page;

import java.util.List;

/** Template model of {@code article.ftlh}: the article in one language and links to its other versions. */
public record ArticlePage(SiteView site, PageMeta meta, ArticleView article, List<Link> versions) implements PageModel {
  public ArticlePage {
    versions = List.copyOf(versions);
  }
}
