package org.glossa.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.RenderRequest;
import org.glossa.markdown.RenderedDocument;
import org.glossa.markdown.Unit;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.Annotator;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.source.SourceFile;
import org.glossa.diag.Rule;

/**
 * Reads one article file: UTF-8 text, front matter, Markdown body; checks that every turn names a
 * speaker and that Chinese text has no typed spaces next to Latin words.
 */
public final class ArticleReader {
  private static final Pattern MIXED_SPACE = Pattern.compile("\\p{IsHan} +[\\p{IsLatin}0-9]|[\\p{IsLatin}0-9] +\\p{IsHan}");
  private final MarkdownProcessor markdown;
  private final SiteConfig config;
  private final Map<String, TermIndex> termIndexes;
  private final Function<Language, String> glossaryHref;
  private final Bibliography bibliography;
  private final BiFunction<Language, String, String> pageHref;

  /**
   * @param termIndexes the glossary's index for each language tag
   * @param glossaryHref the link to a language's glossary page, which annotated terms point to
   * @param bibliography the works that citations may cite
   * @param pageHref the link to an article's page in a language, from its URL path; relative links resolve against it
   */
  public ArticleReader(MarkdownProcessor markdown, SiteConfig config, Map<String, TermIndex> termIndexes,
      Function<Language, String> glossaryHref, Bibliography bibliography, BiFunction<Language, String, String> pageHref) {
    this.markdown = markdown;
    this.config = config;
    this.termIndexes = termIndexes;
    this.glossaryHref = glossaryHref;
    this.bibliography = bibliography;
    this.pageHref = pageHref;
  }

  public Optional<ArticleVersion> read(ArticleSource source, Diagnostics diagnostics) {
    return SourceFile.read(source.path(), diagnostics).flatMap(file -> read(source, file, diagnostics));
  }

  /** Reads the article {@code source} from its {@code file}, already read. */
  public Optional<ArticleVersion> read(ArticleSource source, SourceFile file, Diagnostics diagnostics) {
    Optional<FrontMatter> frontMatter = FrontMatterReader.read(file, source.lang(), diagnostics);
    if (frontMatter.isEmpty()) {
      return Optional.empty();
    }
    frontMatter.get().note().ifPresent(note -> markdown.checkFragment(note, source.path(), noteLine(file.text()), diagnostics));
    Optional<Document> parsed = markdown.parse(file.text(), source.path(), diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Document document = parsed.get();
    Language language = config.language(source.lang()).orElseThrow();
    Annotator annotator = new Annotator(termIndexes.getOrDefault(language.tag(), TermIndex.EMPTY), config.annotate());
    // Chinese quoted in another language is the original's Chinese, or the site's.
    String quotedHan = language.isChinese() ? null : frontMatter.get().translatedFrom()
        .filter(tag -> config.language(tag).map(Language::isChinese).orElse(false)).orElse(config.quotedHanLanguage());
    RenderRequest request = new RenderRequest(source.path(), RenderRequest.scopeOf(language.tag()),
        glossaryHref.apply(language), annotator, new CitationStyle(bibliography, language.tag()),
        pageHref.apply(language, source.urlPath()), quotedHan);
    RenderedDocument body = markdown.render(document, request, diagnostics);
    for (Unit unit : body.units()) {
      if (language.isChinese() && MIXED_SPACE.matcher(unit.text()).find()) {
        diagnostics.warning(Rule.CJK_LATIN_SPACE, source.path(), unit.line(), 0, "a space between Chinese and Latin text",
            "remove it: the page adds a quarter-em between Han and Latin itself (W3C clreq, CSS text-autospace)");
      }
      unit.turn().filter(t -> !frontMatter.get().speakers().containsKey(t)).ifPresent(t ->
          diagnostics.error(source.path(), unit.line(), 0, "turn=" + t + " names no speaker of this article",
              "add '" + t + ": {name: ..., role: interviewee}' under speakers: in the front matter, or fix the id"));
    }
    return Optional.of(new ArticleVersion(source, frontMatter.get(), body));
  }

  /** The line of the front matter's {@code note:} key, for problems in the note's Markdown. */
  private static int noteLine(String text) {
    String[] lines = FrontMatterReader.block(text).orElse("").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("note:")) {
        return i + 2;
      }
    }
    return 1;
  }
}
