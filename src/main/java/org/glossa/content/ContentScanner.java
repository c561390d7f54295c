package org.glossa.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceTree;

/**
 * Finds the article files under content/. Files named {@code name.<lang>.md} or
 * {@code name/index.<lang>.md} are language versions of the same article (Hugo's convention); a file
 * without a language part belongs to the default language. Names starting with '.' or '_' and the
 * {@code sources/} folder (raw import sources) are skipped. Symbolic links are never followed out of
 * content/ (see {@link SourceTree}).
 */
public final class ContentScanner {
  public static final String SOURCES_FOLDER = "sources";
  private static final Pattern LANGUAGE_LIKE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final SiteConfig config;

  public ContentScanner(SiteConfig config) {
    this.config = config;
  }

  public List<ArticleSource> scan(Path contentDir, Diagnostics diagnostics) {
    if (!Files.isDirectory(contentDir)) {
      diagnostics.error(contentDir, 0, 0, "the content folder does not exist", "pass the folder with --content, or run from the edition's top folder");
      return List.of();
    }
    List<Path> files = SourceTree.files(contentDir, ContentScanner::skipped, diagnostics).stream()
        .filter(p -> p.getFileName().toString().endsWith(".md"))
        .toList();
    List<ArticleSource> out = new ArrayList<>();
    for (Path file : files) {
      source(contentDir, file, diagnostics).ifPresent(out::add);
    }
    return out;
  }

  /** Raw import sources, and names starting with '.' or '_', are not part of the site. */
  public static boolean skipped(Path relative) {
    if (relative.getName(0).toString().equals(SOURCES_FOLDER)) {
      return true;
    }
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith(".") || s.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private Optional<ArticleSource> source(Path contentDir, Path file, Diagnostics diagnostics) {
    Path relative = contentDir.relativize(file);
    String fileName = relative.getFileName().toString();
    String stem = fileName.substring(0, fileName.length() - ".md".length());
    String lang = config.defaultLanguage();
    int dot = stem.lastIndexOf('.');
    if (dot > 0) {
      String suffix = stem.substring(dot + 1);
      Optional<Language> language = config.languages().stream().filter(l -> l.tag().equalsIgnoreCase(suffix)).findFirst();
      if (language.isPresent()) {
        lang = language.get().tag();
        stem = stem.substring(0, dot);
      } else if (LANGUAGE_LIKE.matcher(suffix).matches()) {
        diagnostics.error(file, 0, 0, "'" + suffix + "' is not one of the site's languages",
            "rename the file to one of " + config.languages().stream().map(l -> stem(fileName) + "." + l.tag() + ".md").toList()
                + ", or add the language to config.yaml");
        return Optional.empty();
      }
    }
    Path parent = relative.getParent();
    String folder = parent == null ? "" : parent.toString().replace('\\', '/') + "/";
    boolean bundle = stem.equals("index") && parent != null;
    String key = bundle ? folder.substring(0, folder.length() - 1) : folder + stem;
    if (stem.equals("index") && parent == null) {
      diagnostics.error(file, 0, 0, "an article cannot be named index at the top of content/",
          "move it into a folder of its own: content/<name>/index." + lang + ".md");
      return Optional.empty();
    }
    if (!validKey(key, file, diagnostics)) {
      return Optional.empty();
    }
    String urlPath = key + "/";
    return Optional.of(new ArticleSource(file, lang, key, urlPath, bundle ? Optional.of(file.getParent()) : Optional.empty()));
  }

  /** The key becomes the page's URL: see {@link ArticleKey}. */
  private static boolean validKey(String key, Path file, Diagnostics diagnostics) {
    Optional<ArticleKey.Problem> problem = ArticleKey.problem(key);
    problem.ifPresent(p -> diagnostics.error(file, 0, 0, p.message(), p.hint()));
    return problem.isEmpty();
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.indexOf('.'));
  }
}
