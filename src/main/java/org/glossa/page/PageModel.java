package org.glossa.page;

/** What every template model has: the site as seen from the page's language, and the page's head data. */
public sealed interface PageModel permits ArticlePage, IndexPage, GlossaryPage, NotFoundPage, ParallelPage, RootPage {
  SiteView site();

  PageMeta meta();
}
