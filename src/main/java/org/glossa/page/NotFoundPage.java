package org.glossa.page;

import java.util.List;

/** Template model of {@code 404.ftlh}: one page for every language, with each language's home. */
public record NotFoundPage(SiteView site, PageMeta meta, List<SiteView> languages) implements PageModel {
  public NotFoundPage {
    languages = List.copyOf(languages);
  }
}
