package org.glossa.page;

import java.util.List;

/** Template model of {@code index.ftlh}: every article of one language, newest first. */
public record IndexPage(SiteView site, PageMeta meta, List<ArticleView> articles) implements PageModel {
  public IndexPage {
    articles = List.copyOf(articles);
  }
}
