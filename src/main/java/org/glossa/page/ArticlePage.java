package org.glossa.page;

import java.util.List;

/**
 * Template model of {@code article.ftlh}: the article in one language and links to the reading
 * modes (each language alone, side by side, interleaved).
 */
public record ArticlePage(SiteView site, PageMeta meta, ArticleView article, List<ModeLink> modes)
    implements PageModel {
  public ArticlePage {
    modes = List.copyOf(modes);
  }
}
