package org.glossa.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glossa.config.Language;
import org.glossa.config.MissingTranslationPolicy;
import org.glossa.config.SiteConfig;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Rule;
import org.glossa.diag.Diagnostics;

/**
 * Groups language versions into articles by translation key (the file name, or
 * {@code translationKey} from the front matter), finds each article's original and reports
 * duplicates, dangling {@code translatedFrom} and missing versions.
 */
public final class TranslationPairing {
  private final SiteConfig config;

  public TranslationPairing(SiteConfig config) {
    this.config = config;
  }

  public List<Article> pair(List<ArticleVersion> versions, Diagnostics diagnostics) {
    Map<String, List<ArticleVersion>> byKey = new TreeMap<>();
    for (ArticleVersion v : versions) {
      String key = v.frontMatter().translationKey().orElse(v.source().key());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, List<ArticleVersion>> e : byKey.entrySet()) {
      Article article = article(e.getKey(), e.getValue(), diagnostics);
      if (article != null) {
        articles.add(article);
      }
    }
    return articles;
  }

  private Article article(String key, List<ArticleVersion> list, Diagnostics diagnostics) {
    Map<String, ArticleVersion> byLang = new LinkedHashMap<>();
    for (Language language : config.languages()) {
      for (ArticleVersion v : list) {
        if (!v.lang().equals(language.tag())) {
          continue;
        }
        ArticleVersion previous = byLang.putIfAbsent(language.tag(), v);
        if (previous != null) {
          diagnostics.error(v.source().path(), 1, 1, "a second " + language.tag() + " version of '" + key + "'",
              "the first is " + previous.source().path() + "; give one of them another translationKey");
        }
      }
    }
    List<ArticleVersion> originals = byLang.values().stream().filter(v -> !v.isTranslation()).toList();
    if (originals.size() != 1) {
      ArticleVersion first = byLang.values().iterator().next();
      diagnostics.error(first.source().path(), 1, 1,
          originals.isEmpty() ? "no version of '" + key + "' is an original: every one has translatedFrom"
              : "'" + key + "' has " + originals.size() + " originals (" + String.join(", ", originals.stream().map(ArticleVersion::lang).toList()) + ")",
          "mark each translation with 'translatedFrom: <language tag>' and leave it out of the original");
      return null;
    }
    ArticleVersion original = originals.get(0);
    for (ArticleVersion v : byLang.values()) {
      v.frontMatter().translatedFrom().filter(from -> !from.equals(original.lang())).ifPresent(from ->
          diagnostics.error(v.source().path(), 1, 1, "translatedFrom '" + from + "' does not name the original's language '"
              + original.lang() + "'", "write 'translatedFrom: " + original.lang() + "'"));
    }
    reportMissing(key, original, byLang, diagnostics);
    return new Article(key, byLang, original.lang());
  }

  private void reportMissing(String key, ArticleVersion original, Map<String, ArticleVersion> byLang, Diagnostics diagnostics) {
    if (config.missingTranslation() == MissingTranslationPolicy.IGNORE || original.frontMatter().draft()) {
      return;
    }
    for (Language language : config.languages()) {
      if (!byLang.containsKey(language.tag())) {
        Diagnostic.Severity severity = config.missingTranslation() == MissingTranslationPolicy.ERROR
            ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
        diagnostics.add(new Diagnostic(original.source().path(), 1, 1, severity,
            "'" + key + "' has no " + language.tag() + " version",
            "add " + expectedName(original, language) + ", or set missingTranslation: ignore in config.yaml", Rule.MISSING_TRANSLATION));
      }
    }
  }

  /** The file a missing version would be, from the original's key: name/index.<lang>.md or name.<lang>.md. */
  private static String expectedName(ArticleVersion original, Language language) {
    ArticleSource source = original.source();
    String key = source.key();
    String name = source.bundle().isPresent() ? "index" : key.substring(key.lastIndexOf('/') + 1);
    return source.path().resolveSibling(name + "." + language.tag() + ".md").toString().replace('\\', '/');
  }
}
