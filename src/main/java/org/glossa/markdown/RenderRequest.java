package org.glossa.markdown;

import java.nio.file.Path;
import java.util.Locale;
import org.glossa.markdown.glossary.Annotator;

/**
 * What rendering one article body needs besides its text: the file (for diagnostics), the scope that
 * keeps element ids unique when languages share a page, the URL of the glossary page of its
 * language, the annotator of its language, and the language that Han text quoted in it is marked
 * with (null for a Chinese text, where nothing is marked).
 */
public record RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator, String quotedHanLanguage) {
  /** A request for a text whose Han characters need no marking. */
  public RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator) {
    this(path, scope, glossaryHref, annotator, null);
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
