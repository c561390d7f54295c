package org.glossa.page;

import java.util.List;

/**
 * Template model of {@code parallel.ftlh}: an article in two languages, passage against passage.
 * {@code mode} is {@code parallel} (side by side on wide screens) or {@code interleaved}.
 */
public record ParallelPage(
    SiteView site, PageMeta meta, String mode, List<ArticleView> columns, List<ParallelRow> rows, List<ModeLink> modes)
    implements PageModel {
  public ParallelPage {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    modes = List.copyOf(modes);
  }
}
