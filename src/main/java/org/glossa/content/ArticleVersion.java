package org.glossa.content;

import org.glossa.markdown.RenderedDocument;

/** One language version of an article, read and rendered. */
public record ArticleVersion(ArticleSource source, FrontMatter frontMatter, RenderedDocument body) {
  public String lang() {
    return source.lang();
  }

  /** Whether this version translates another; known for certain once versions are paired. */
  public boolean isTranslation() {
    return frontMatter.translatedFrom().isPresent();
  }

  /** This version as a translation of the version in {@code originalLang}. */
  public ArticleVersion translationOf(String originalLang) {
    return frontMatter.translatedFrom().isPresent() ? this
        : new ArticleVersion(source, frontMatter.withTranslatedFrom(originalLang), body);
  }
}
