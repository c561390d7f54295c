package org.glossa.markdown;

import java.util.List;
import java.util.Optional;

/**
 * One aligned unit of an article: a top-level block (paragraph, heading, quotation, list, table)
 * with the id shared by all language versions, the speaker whose turn it starts, its line in the
 * source file, its rendered HTML and a short hash of its text (for staleness checks).
 *
 * @param id the id written by the editor, or else derived from the block's position ({@link UnitIds});
 *     a translation's units take the ids of the original's units they are aligned with
 * @param explicitId whether the id is written in the file
 * @param sourceHash the {@code src=} attribute: hash of the original unit this translation was made from
 * @param notes labels of the footnotes the block refers to, in order
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
    int headingLevel,
    List<String> notes) {

  public enum Kind {
    PARAGRAPH,
    HEADING,
    QUOTE,
    LIST,
    TABLE,
    OTHER
  }

  public Unit {
    notes = List.copyOf(notes);
  }

  public boolean isHeading() {
    return kind == Kind.HEADING;
  }

  /** The same unit under another id (a translation's unit takes its original's id). */
  public Unit withId(String newId) {
    return new Unit(newId, explicitId, kind, turn, line, html, text, textHash, sourceHash, headingLevel, notes);
  }
}
