package org.glossa.page;

import java.util.List;

/** Template model of {@code glossary.ftlh}: the entries of one language grouped by initial letter. */
public record GlossaryPage(SiteView site, PageMeta meta, List<LetterGroup> groups) implements PageModel {
  public GlossaryPage {
    groups = List.copyOf(groups);
  }
}
