package org.glossa.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.source.YamlScalar;

/**
 * The files of a new article ({@code glossa new}): its original in the default language and one
 * translation per other language, {@code <key>/index.<lang>.md}, each with its front matter filled
 * in and marked as a draft, so that nothing is published before it is written.
 */
public final class ArticleScaffold {
  /** A file to create. */
  public record File(Path path, String text) {}

  private ArticleScaffold() {}

  public static List<File> of(SiteConfig config, Path contentDir, String key, String title, LocalDate date) {
    String original = config.defaultLanguage();
    List<File> files = new ArrayList<>();
    for (Language language : config.languages()) {
      StringBuilder fm = new StringBuilder("---\n")
          .append("title: ").append(YamlScalar.of(title, false)).append('\n')
          .append("date: ").append(date).append('\n')
          .append("lang: ").append(language.tag()).append('\n');
      if (!language.tag().equals(original)) {
        fm.append("translatedFrom: ").append(original).append('\n');
      }
      fm.append("draft: true\n---\n\n");
      files.add(new File(contentDir.resolve(key).resolve("index." + language.tag() + ".md"), fm.toString()));
    }
    return files;
  }

  /** A title from a key: {@code talks/my-first-talk} → {@code My first talk}. */
  public static String titleOf(String key) {
    String name = key.substring(key.lastIndexOf('/') + 1).replaceAll("[-_.]+", " ").strip();
    return name.isEmpty() ? key : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
