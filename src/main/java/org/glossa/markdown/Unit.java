package org.glossa.markdown;

import java.util.Optional;

/**
 * One aligned unit of an article: a top-level block (paragraph, heading, quotation, list, table)
 * with the id shared by all language versions, the speaker whose turn it starts, its line in the
 * source file, its rendered HTML and a short hash of its text (for staleness checks).
 *
 * @param explicitId whether the id was written by the editor (alignment needs explicit ids)
 * @param sourceHash the {@code src=} attribute: hash of the original unit this translation was made from
 */
public record Unit(
    String id,
    boolean explicitId,
    Kind kind,
    Optional<String> turn,
    int line,
    String html,
    String text,
    String textHash,
    Optional<String> sourceHash,
    int headingLevel) {

  public enum Kind {
    PARAGRAPH,
    HEADING,
    QUOTE,
    LIST,
    TABLE,
    OTHER
  }

  public boolean isHeading() {
    return kind == Kind.HEADING;
  }
}
