package org.glossa.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeMap;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryEntry;
import org.glossa.markdown.Html;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.RenderRequest;
import org.glossa.markdown.Unit;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.Mention;
import org.glossa.render.Messages;
import org.glossa.text.Collation;
import org.glossa.text.Pinyin;

/**
 * The glossary as templates see it: entries of a language in dictionary order (pinyin for Chinese),
 * grouped by initial, each with back-links to every passage that mentions it; and the short
 * definitions of the terms annotated on an article page.
 */
final class GlossaryViews {
  private final Glossary glossary;
  private final Bibliography bibliography;
  private final MarkdownProcessor markdown;
  private final Messages messages;
  private final Urls urls;
  private final SiteConfig config;
  private final Map<String, String> shortHtml = new ConcurrentHashMap<>();
  private final Map<String, List<LetterGroup>> lettered = new HashMap<>();
  private final Map<String, List<StructuredData.Term>> definedTerms = new ConcurrentHashMap<>();

  GlossaryViews(Glossary glossary, Bibliography bibliography, MarkdownProcessor markdown, Messages messages, Urls urls,
      SiteConfig config) {
    this.glossary = glossary;
    this.bibliography = bibliography;
    this.markdown = markdown;
    this.messages = messages;
    this.urls = urls;
    this.config = config;
  }

  List<TermView> terms(ArticleVersion version, Language language) {
    List<TermView> out = new ArrayList<>();
    for (String id : version.body().terms()) {
      glossary.entry(id).flatMap(e -> e.sense(language.tag())).ifPresent(sense -> out.add(new TermView(id,
          RenderRequest.definitionId(RenderRequest.scopeOf(language.tag()), id), sense.headword(), shortHtml(id, language, sense),
          urls.href(urls.glossary(language)) + "#" + id)));
    }
    return out;
  }

  /** The entries of a language by letter, each with the passages of {@code articles} that mention it. */
  List<LetterGroup> groups(Language language, List<Article> articles) {
    Map<String, List<EntryView.Backlink>> backlinks = backlinks(language, articles);
    return lettered.computeIfAbsent(language.tag(), tag -> lettered(language)).stream()
        .map(g -> new LetterGroup(g.letter(), g.anchor(),
            g.entries().stream().map(e -> withBacklinks(e, backlinks.getOrDefault(e.id(), List.of()))).toList()))
        .toList();
  }

  /** The entries of a language in dictionary order, grouped by letter, without back-links (made once per glossary). */
  private List<LetterGroup> lettered(Language language) {
    Comparator<String> order = Collation.forLanguage(language.tag());
    Map<String, List<GlossaryEntry>> byLetter = new TreeMap<>();
    for (GlossaryEntry entry : glossary.list()) {
      entry.sense(language.tag()).ifPresent(s -> byLetter.computeIfAbsent(Pinyin.initial(s.headword()), k -> new ArrayList<>()).add(entry));
    }
    List<LetterGroup> groups = new ArrayList<>();
    byLetter.forEach((letter, entries) -> {
      entries.sort(Comparator.comparing((GlossaryEntry e) -> e.sense(language.tag()).orElseThrow().headword(), order)
          .thenComparing(GlossaryEntry::id));
      groups.add(new LetterGroup(letter, "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT)),
          entries.stream().map(e -> entry(e, language, List.of())).toList()));
    });
    return groups;
  }

  private static EntryView withBacklinks(EntryView e, List<EntryView.Backlink> backlinks) {
    return new EntryView(e.id(), e.headword(), e.rubyHtml(), e.pinyin(), e.expansion(), e.category(), e.shortHtml(), e.longHtml(),
        e.aliases(), e.sources(), backlinks, e.counterparts());
  }

  /** Every entry of a language with its plain short definition, for the page's JSON-LD (made once per glossary). */
  List<StructuredData.Term> definedTerms(Language language) {
    return definedTerms.computeIfAbsent(language.tag(), tag -> plainDefinitions(language));
  }

  private List<StructuredData.Term> plainDefinitions(Language language) {
    List<StructuredData.Term> out = new ArrayList<>();
    for (GlossaryEntry entry : glossary.list()) {
      entry.sense(language.tag()).ifPresent(s -> out.add(new StructuredData.Term(entry.id(), s.headword(),
          markdown.plainText(s.shortDefinition()))));
    }
    return List.copyOf(out);
  }

  private EntryView entry(GlossaryEntry e, Language language, List<EntryView.Backlink> backlinks) {
    GlossaryEntry.Sense sense = e.sense(language.tag()).orElseThrow();
    List<String> syllables = syllables(e, language, sense);
    CitationStyle style = new CitationStyle(bibliography, language.tag());
    List<String> sources = e.sources().stream()
        .filter(s -> bibliography.reference(s.key()).isPresent())
        .map(s -> style.entry(bibliography.reference(s.key()).orElseThrow(), s.locator()))
        .toList();
    List<EntryView.Headword> counterparts = new ArrayList<>();
    for (Language other : config.languages()) {
      if (other != language) {
        e.sense(other.tag()).ifPresent(s -> {
          List<String> pinyin = syllables(e, other, s);
          counterparts.add(new EntryView.Headword(other.tag(), s.headword(), pinyin.isEmpty() ? null : ruby(s.headword(), pinyin)));
        });
      }
    }
    return new EntryView(e.id(), sense.headword(), syllables.isEmpty() ? null : ruby(sense.headword(), syllables),
        syllables.isEmpty() ? null : String.join(" ", syllables), e.expansion().orElse(null),
        messages.get(language, "category." + e.category().name().toLowerCase(Locale.ROOT)),
        shortHtml(e.id(), language, sense), markdown.renderFragment(sense.longDefinition(), style, quotedHan(language)),
        sense.aliases(), sources, backlinks, counterparts);
  }

  /** Pinyin of a Chinese headword, one syllable per Han character; none for other languages. */
  private static List<String> syllables(GlossaryEntry e, Language language, GlossaryEntry.Sense sense) {
    return language.isChinese() ? Pinyin.syllables(sense.headword(), e.category() == GlossaryEntry.Category.PERSON) : List.of();
  }

  private String shortHtml(String id, Language language, GlossaryEntry.Sense sense) {
    return shortHtml.computeIfAbsent(language.tag() + "/" + id, k -> unwrapParagraph(markdown.renderFragment(sense.shortDefinition(),
        new CitationStyle(bibliography, language.tag()), quotedHan(language))));
  }

  /** The language that Han text in a definition of {@code language} is marked with (none in Chinese). */
  private String quotedHan(Language language) {
    return language.isChinese() ? null : config.quotedHanLanguage();
  }

  /** Every mention of every entry in the language's articles, grouped by article, passages in order. */
  private Map<String, List<EntryView.Backlink>> backlinks(Language language, List<Article> articles) {
    Map<String, List<EntryView.Backlink>> out = new LinkedHashMap<>();
    for (Article article : articles) {
      ArticleVersion v = article.versions().get(language.tag());
      if (v == null) {
        continue;
      }
      Map<String, Integer> ordinal = new LinkedHashMap<>();
      for (Unit u : v.body().units()) {
        ordinal.put(u.id(), ordinal.size() + 1);
      }
      Map<String, Set<String>> units = new LinkedHashMap<>();
      for (Mention m : v.body().mentions()) {
        units.computeIfAbsent(m.entryId(), k -> new LinkedHashSet<>()).add(m.unitId());
      }
      String url = urls.href(urls.article(language, v.source().urlPath()));
      units.forEach((entryId, ids) -> out.computeIfAbsent(entryId, k -> new ArrayList<>()).add(new EntryView.Backlink(
          v.frontMatter().title(), url,
          ids.stream().map(id -> new Link("¶" + ordinal.get(id), url + "#" + id, language.tag(), false)).toList())));
    }
    return out;
  }

  /**
   * The headword with its pinyin over each Han character. Only Han characters go inside
   * {@code <ruby>}: other text ({@code AI} in 生成式AI) has no reading, and HTML allows no base
   * text without one at the end of a ruby (Nu Html Checker).
   */
  static String ruby(String headword, List<String> syllables) {
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    int s = 0;
    for (int i = 0; i < headword.length(); i++) {
      char c = headword.charAt(i);
      boolean han = Pinyin.isHan(c);
      if (han != open) {
        sb.append(han ? "<ruby>" : "</ruby>");
        open = han;
      }
      sb.append(Html.escape(String.valueOf(c)));
      if (han) {
        sb.append("<rt>").append(Html.escape(syllables.get(s++))).append("</rt>");
      }
    }
    return sb.append(open ? "</ruby>" : "").toString();
  }

  static String unwrapParagraph(String html) {
    String s = html.strip();
    if (s.startsWith("<p>") && s.endsWith("</p>") && s.indexOf("<p>", 3) < 0) {
      return s.substring(3, s.length() - 4);
    }
    return s;
  }
}
