package org.glossa.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * duplicates, dangling {@code translatedFrom} and missing versions. Every version but the original
 * is a translation of it, whether or not it says {@code translatedFrom} (plain Markdown written as
 * for Hugo or Jekyll says nothing of the kind): the pairing writes the original's language into it.
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
    Optional<ArticleVersion> found = original(key, byLang, diagnostics);
    if (found.isEmpty()) {
      return null;
    }
    ArticleVersion original = found.get();
    for (ArticleVersion v : byLang.values()) {
      v.frontMatter().translatedFrom().filter(from -> !from.equals(original.lang())).ifPresent(from ->
          diagnostics.error(v.source().path(), 1, 1, "translatedFrom '" + from + "' does not name the original's language '"
              + original.lang() + "'", "write 'translatedFrom: " + original.lang() + "', or leave it out"));
    }
    byLang.replaceAll((lang, v) -> v == original ? v : v.translationOf(original.lang()));
    reportMissing(key, original, byLang, diagnostics);
    return new Article(key, byLang, original.lang());
  }

  /**
   * The original of an article: the version the others name in {@code translatedFrom}; when none
   * names one, the version in the default language, or else the first in the site's language order.
   */
  private Optional<ArticleVersion> original(String key, Map<String, ArticleVersion> byLang, Diagnostics diagnostics) {
    List<String> named = byLang.values().stream().flatMap(v -> v.frontMatter().translatedFrom().stream()).distinct().toList();
    if (named.isEmpty()) {
      return Optional.of(byLang.getOrDefault(config.defaultLanguage(), byLang.values().iterator().next()));
    }
    Optional<ArticleVersion> original = named.stream().map(byLang::get)
        .filter(v -> v != null && v.frontMatter().translatedFrom().isEmpty()).findFirst();
    if (original.isEmpty()) {
      ArticleVersion first = byLang.values().iterator().next();
      boolean everyOne = byLang.values().stream().allMatch(v -> v.frontMatter().translatedFrom().isPresent());
      diagnostics.error(first.source().path(), 1, 1, everyOne
              ? "no version of '" + key + "' is an original: every one has translatedFrom"
              : "translatedFrom names " + String.join(", ", named) + ", but '" + key + "' has no original in that language",
          "leave translatedFrom out of the original and name the original's language in the translations; the versions are "
              + String.join(", ", byLang.keySet()));
    }
    return original;
  }

  private void reportMissing(String key, ArticleVersion original, Map<String, ArticleVersion> byLang, Diagnostics diagnostics) {
    if (config.missingTranslation() == MissingTranslationPolicy.IGNORE || original.frontMatter().draft()) {
      return;
    }
    for (Language language : config.languages()) {
      // A generated language follows its source: the source's absence is the one to report.
      if (!byLang.containsKey(language.tag()) && !language.isGenerated()) {
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
