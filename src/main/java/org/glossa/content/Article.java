package org.glossa.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An article with all its language versions, in the site's language order. The original is the
 * version that is not a translation of another.
 */
public record Article(String key, Map<String, ArticleVersion> versions, String originalLang) {
  public Article {
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  public ArticleVersion original() {
    return versions.get(originalLang);
  }

  public Optional<ArticleVersion> version(String lang) {
    return Optional.ofNullable(versions.get(lang));
  }
}
