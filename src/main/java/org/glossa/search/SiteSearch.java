package org.glossa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.Glossary;
import org.glossa.markdown.Unit;

/**
 * The search indexes of a site, one per language: every aligned unit of every published article
 * version in that language, in the edition's order, with the glossary's forms in every language.
 */
public final class SiteSearch {
  private SiteSearch() {}

  /** One language's index as JSON, from its {@link #passages}: a function of the glossary and those passages only. */
  public static byte[] index(String lang, Glossary glossary, List<Passage> passages) {
    return index(lang, glossary, passages, TokenMemo.NONE);
  }

  /** The same, with the passages' tokens taken from {@code memo} where it has them ({@code serve}). */
  public static byte[] index(String lang, Glossary glossary, List<Passage> passages, TokenMemo memo) {
    return SearchIndexJson.write(new SearchIndexBuilder(SearchTerms.of(glossary), memo).build(lang, passages));
  }

  /** The passages of one language: its units that hold text. */
  public static List<Passage> passages(String lang, List<Article> articles, BiFunction<String, String, String> articleUrl) {
    List<Passage> out = new ArrayList<>();
    for (Article article : articles) {
      article.version(lang).ifPresent(v -> {
        String url = articleUrl.apply(lang, v.source().urlPath());
        for (Unit unit : v.body().units()) {
          if (!unit.text().isBlank()) {
            out.add(new Passage(lang, url, title(v), unit.id(), unit.text().strip()));
          }
        }
      });
    }
    return out;
  }

  private static String title(ArticleVersion v) {
    return v.frontMatter().title();
  }
}
