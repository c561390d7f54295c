package org.glossa.page;

import java.util.List;

/**
 * Template model of {@code parallel.ftlh}: an article in two languages, passage against passage.
 * {@code mode} is {@code parallel} (side by side on wide screens) or {@code interleaved};
 * {@code columnSites} holds the site as seen from each column's language, for the labels that belong
 * to a column (its notes' heading).
 */
public record ParallelPage(
    SiteView site, PageMeta meta, String mode, List<ArticleView> columns, List<SiteView> columnSites, List<ParallelRow> rows,
    List<ModeLink> modes)
    implements PageModel {
  public ParallelPage {
    columns = List.copyOf(columns);
    columnSites = List.copyOf(columnSites);
    rows = List.copyOf(rows);
    modes = List.copyOf(modes);
  }
}
