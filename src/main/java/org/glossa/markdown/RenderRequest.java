package org.glossa.markdown;

import java.nio.file.Path;
import java.util.Locale;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.glossary.Annotator;

/**
 * What rendering one article body needs besides its text: the file (for diagnostics), the scope that
 * keeps element ids unique when languages share a page, the URL of the glossary page of its
 * language, the annotator of its language, the works its citations may cite, formatted in its
 * language, the address of the article's own page, and the language that Han text quoted in it is
 * marked with.
 *
 * @param pageHref the root-relative address of the article's page ({@code /edition/en/talks/first/}):
 *     relative links and images of the body resolve against it, so that they lead to the same place
 *     from the side-by-side and interleaved pages below it; empty to leave them as written
 * @param quotedHanLanguage the language tag Han text in the body is marked with ({@code lang}); null
 *     for a Chinese text, where nothing is marked
 */
public record RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator, CitationStyle citations,
    String pageHref, String quotedHanLanguage) {
  /** A request without a bibliography (every citation in the text is reported as unknown) that leaves relative links as written. */
  public RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator) {
    this(path, scope, glossaryHref, annotator, new CitationStyle(Bibliography.EMPTY, scope), "", null);
  }

  /** A request that leaves relative links as written and marks no Han text. */
  public RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator, CitationStyle citations) {
    this(path, scope, glossaryHref, annotator, citations, "", null);
  }

  /** The id scope of a language's content: its tag in lower case ({@code zh-hans}). */
  public static String scopeOf(String languageTag) {
    return languageTag.toLowerCase(Locale.ROOT);
  }

  /** Id of the element holding an entry's short definition on a page, for {@code aria-describedby}. */
  public static String definitionId(String scope, String entryId) {
    return "def-" + scope + "-" + entryId;
  }
}
