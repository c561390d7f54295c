package org.glossa.content;

import org.glossa.markdown.RenderedDocument;

/** One language version of an article, read and rendered. */
public record ArticleVersion(ArticleSource source, FrontMatter frontMatter, RenderedDocument body) {
  public String lang() {
    return source.lang();
  }

  public boolean isTranslation() {
    return frontMatter.translatedFrom().isPresent();
  }
}
