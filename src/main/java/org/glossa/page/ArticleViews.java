package org.glossa.page;

import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.FrontMatter;
import org.glossa.content.Speaker;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.Note;
import org.glossa.markdown.Unit;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.text.DateFormatter;
import org.glossa.text.ReadingTime;

/** Turns a rendered {@link ArticleVersion} into the {@link ArticleView} that templates see. */
final class ArticleViews {
  private final Urls urls;
  private final MarkdownProcessor markdown;
  private final GlossaryViews glossary;
  private final SiteConfig config;
  private final Bibliography bibliography;
  /** A version as seen from a language: the same file read again with the same text is the same key. */
  private record Key(ArticleVersion version, String lang) {}

  private Map<Key, ArticleView> cache = new ConcurrentHashMap<>();
  private Map<Key, ArticleView> previous = Map.of();

  ArticleViews(Urls urls, MarkdownProcessor markdown, GlossaryViews glossary, SiteConfig config, Bibliography bibliography) {
    this.urls = urls;
    this.markdown = markdown;
    this.glossary = glossary;
    this.config = config;
    this.bibliography = bibliography;
  }

  /**
   * The view of a version, made once: index, article and parallel pages all show it. A view of the
   * round before is reused when its version is equal (a planner kept between builds).
   */
  ArticleView view(ArticleVersion version, Language language) {
    Map<Key, ArticleView> before = previous;
    return cache.computeIfAbsent(new Key(version, language.tag()), key -> before.containsKey(key) ? before.get(key) : create(version, language));
  }

  /**
   * Makes the views of every version of {@code articles} in its own language ahead, on all cores: each
   * view is a function of its version alone, so which thread makes it does not matter.
   */
  void prepare(List<Article> articles, List<Language> languages) {
    List<Map.Entry<ArticleVersion, Language>> wanted = new ArrayList<>();
    for (Language language : languages) {
      for (Article article : articles) {
        article.version(language.tag()).ifPresent(v -> wanted.add(Map.entry(v, language)));
      }
    }
    wanted.parallelStream().forEach(w -> view(w.getKey(), w.getValue()));
  }

  /** Starts a round of planning: views not asked for again in it are let go at the next. */
  void nextRound() {
    previous = cache;
    cache = new ConcurrentHashMap<>();
  }

  private ArticleView create(ArticleVersion version, Language language) {
    FrontMatter fm = version.frontMatter();
    CitationStyle style = new CitationStyle(bibliography, language.tag());
    return new ArticleView(
        fm.title(),
        fm.subtitle().orElse(null),
        language.tag(),
        urls.href(urls.article(language, version.source().urlPath())),
        fm.date().map(d -> d.iso()).orElse(null),
        fm.date().map(d -> DateFormatter.format(d, language.tag())).orElse(null),
        fm.dateNote().orElse(null),
        fm.outlet().orElse(null),
        fm.sourceUrl().orElse(null),
        fm.summary().orElse(null),
        fm.tags(),
        fm.note().map(n -> markdown.renderFragment(n, style, language.isChinese() ? null : config.quotedHanLanguage())).orElse(null),
        version.isTranslation(),
        fm.translatedFrom().orElse(null),
        units(version, language),
        notes(version),
        glossary.terms(version, language),
        ReadingTime.minutes(version.body().units().stream().map(Unit::text).collect(Collectors.joining("\n")), language.tag()),
        version.body().citations().stream().flatMap(key -> bibliography.reference(key).stream()).map(style::entry).toList());
  }

  private static List<UnitView> units(ArticleVersion version, Language language) {
    List<Unit> units = version.body().units();
    List<UnitView> out = new ArrayList<>(units.size());
    Optional<Speaker> current = Optional.empty();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      boolean start = false;
      if (u.isHeading()) {
        current = Optional.empty();
      } else if (u.turn().isPresent()) {
        current = Optional.ofNullable(version.frontMatter().speakers().get(u.turn().get()));
        start = current.isPresent();
      }
      Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
      boolean end = current.isPresent() && (next == null || next.isHeading() || next.turn().isPresent());
      out.add(new UnitView(u.id(), u.kind().name().toLowerCase(Locale.ROOT), u.html(), language.tag(), u.headingLevel(),
          current.map(Speaker::name).orElse(null), current.map(Speaker::id).orElse(null),
          current.map(s -> s.role().key()).orElse(null), start, end));
    }
    return out;
  }

  private static List<NoteView> notes(ArticleVersion version) {
    return version.body().notes().stream()
        .map((Note n) -> new NoteView(n.number(), n.id(), n.refId(), n.blockHtml()))
        .toList();
  }
}
