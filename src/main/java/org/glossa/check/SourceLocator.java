package org.glossa.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.build.Build;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.GlossaryLoader;
import org.glossa.diag.Diagnostics;
import org.glossa.page.Urls;
import org.glossa.source.SourceFile;

/**
 * Finds the source file and line that put a URL on a page: the article versions the page shows
 * (an article's page in any mode shows them), then the glossary, whose definitions appear on
 * article and glossary pages. A URL is looked for where Markdown or HTML writes one: {@code ](url},
 * {@code ]: url}, {@code <url>}, {@code ="url"}.
 */
final class SourceLocator {
  /** A place in a source file, and the URL as it is written there. */
  record Place(Path path, int line, int column, String written) {}

  private final String basePath;
  private final Map<String, List<Path>> articleFiles = new HashMap<>();
  private final Map<Path, String> pageHrefs = new HashMap<>();
  private final List<String> articlePrefixes;
  private final Path glossary;
  private final Map<Path, String> texts = new HashMap<>();

  SourceLocator(Build.Site site, Path contentDir) {
    SiteConfig config = site.sources().config();
    Urls urls = new Urls(config);
    basePath = config.basePath();
    for (Article article : site.sources().articles()) {
      List<Path> files = article.versions().values().stream().map(v -> v.source().path()).toList();
      for (ArticleVersion v : article.versions().values()) {
        Language language = config.language(v.lang()).orElseThrow();
        articleFiles.put(urls.article(language, v.source().urlPath()), files);
        pageHrefs.put(v.source().path(), urls.href(urls.article(language, v.source().urlPath())));
      }
    }
    articlePrefixes = new ArrayList<>(articleFiles.keySet());
    articlePrefixes.sort(Comparator.comparingInt(String::length).reversed());
    glossary = contentDir.resolve(GlossaryLoader.FILE);
  }

  Optional<Place> find(String pagePath, String url) {
    List<Path> candidates = new ArrayList<>();
    articlePrefixes.stream().filter(pagePath::startsWith).findFirst().ifPresent(p -> candidates.addAll(articleFiles.get(p)));
    candidates.add(glossary);
    for (Path file : candidates) {
      Optional<Place> place = search(file, url).or(() -> asWritten(file, rootPath(pagePath, url)).flatMap(written -> search(file, written)));
      if (place.isPresent()) {
        return place;
      }
    }
    return Optional.empty();
  }

  /** The root-relative form of a URL found on a page ({@code ../fig.png} on {@code en/a/parallel/} → {@code /en/a/fig.png}). */
  private String rootPath(String pagePath, String url) {
    try {
      URI resolved = URI.create(basePath + pagePath).resolve(LinkResolver.encode(url));
      return resolved.getScheme() == null && resolved.getRawPath() != null ? resolved.getRawPath() : url;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The relative form an article's author may have written for a root-relative {@code url}: the
   * renderer resolves relative links against the article's page, and this undoes it.
   */
  private Optional<String> asWritten(Path file, String url) {
    String page = pageHrefs.get(file);
    if (page == null || !url.startsWith("/")) {
      return Optional.empty();
    }
    String[] from = page.substring(1).split("/");
    String[] to = url.substring(1).split("/", -1);
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder relative = new StringBuilder("../".repeat(from.length - common));
    for (int i = common; i < to.length; i++) {
      relative.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return relative.isEmpty() ? Optional.empty() : Optional.of(relative.toString());
  }

  private Optional<Place> search(Path file, String url) {
    String text = texts.computeIfAbsent(file, f -> SourceFile.read(f, new Diagnostics()).map(SourceFile::text).orElse(""));
    int best = -1;
    for (String before : new String[] {"](", "](<", "]: ", "]: <", "<", "=\"", "='"}) {
      int at = text.indexOf(before + url);
      while (at >= 0 && !ends(text, at + before.length() + url.length())) {
        at = text.indexOf(before + url, at + 1);
      }
      if (at >= 0 && (best < 0 || at + before.length() < best)) {
        best = at + before.length();
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    int lineStart = text.lastIndexOf('\n', best - 1) + 1;
    int line = 1 + (int) text.substring(0, best).chars().filter(c -> c == '\n').count();
    return Optional.of(new Place(file, line, best - lineStart + 1, url));
  }

  /** Whether a URL found at this end stops there (and is not the start of a longer one). */
  private static boolean ends(String text, int end) {
    return end >= text.length() || " )>\"'\t\n".indexOf(text.charAt(end)) >= 0;
  }
}
