package org.glossa.page;

import java.util.List;

/** Template model of {@code root.ftlh}: the site's entry page, where the reader chooses a language. */
public record RootPage(SiteView site, PageMeta meta, List<SiteView> languages) implements PageModel {
  public RootPage {
    languages = List.copyOf(languages);
  }
}
