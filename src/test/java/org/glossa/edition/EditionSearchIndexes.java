package org.glossa.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.config.Language;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.PhraseTableLoader;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.Unit;
import org.glossa.search.Passage;
import org.glossa.search.SearchIndexBuilder;
import org.glossa.search.SearchIndexJson;
import org.glossa.search.SearchTerms;
import org.glossa.text.TraditionalConverter;

/**
 * The real edition's search indexes, as the integration will write them: one per language of
 * config.yaml, plus zh-Hant generated from zh-Hans (passages, titles and glossary forms converted).
 */
public final class EditionSearchIndexes {
  private EditionSearchIndexes() {}

  /** Writes {@code <lang>.json} for each language into {@code dir}; returns lang → bytes. */
  public static Map<String, Long> write(Path dir) throws Exception {
    Build.Sources sources = new Build(BuildOptions.inFolder(Path.of("")).checkOnly()).readSources();
    TraditionalConverter hant = new TraditionalConverter(PhraseTableLoader.load(Path.of("content"), new Diagnostics()));
    Map<String, List<String>> hantForms = new LinkedHashMap<>();
    sources.glossary().formsIn("zh-Hans").forEach((id, forms) -> hantForms.put(id, forms.stream().map(hant::convert).toList()));
    SearchIndexBuilder builder = new SearchIndexBuilder(SearchTerms.of(sources.glossary()).withLanguage("zh-Hant", hantForms));
    Files.createDirectories(dir);
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Language language : sources.config().languages()) {
      List<Passage> passages = passages(sources.articles(), language.tag(), language.prefix(), text -> text);
      sizes.put(language.tag(), write(dir, language.tag(), builder.build(language.tag(), passages)));
    }
    sizes.put("zh-Hant", write(dir, "zh-Hant", builder.build("zh-Hant", passages(sources.articles(), "zh-Hans", "zh-hant", hant::convert)
        .stream().map(p -> new Passage("zh-Hant", p.articleUrl(), p.articleTitle(), p.id(), p.text())).toList())));
    return sizes;
  }

  private static long write(Path dir, String lang, org.glossa.search.SearchIndex index) throws IOException {
    byte[] json = SearchIndexJson.write(index);
    Files.write(dir.resolve(lang + ".json"), json);
    return json.length;
  }

  static List<Passage> passages(List<Article> articles, String lang, String prefix, java.util.function.UnaryOperator<String> convert) {
    List<Passage> out = new ArrayList<>();
    for (Article article : articles) {
      ArticleVersion v = article.versions().get(lang);
      if (v == null) {
        continue;
      }
      String url = prefix + "/" + v.source().urlPath();
      String title = convert.apply(v.frontMatter().title());
      for (Unit u : v.body().units()) {
        out.add(new Passage(lang, url, title, u.id(), convert.apply(u.text())));
      }
    }
    return out;
  }

  /** Bytes of the HTML pages of {@code site/<prefix>/}. */
  public static long htmlBytes(Path site, String prefix) throws IOException {
    Path dir = site.resolve(prefix);
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".html")).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
