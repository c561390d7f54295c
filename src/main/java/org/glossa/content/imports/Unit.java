package org.glossa.content.imports;

import java.util.List;

/**
 * One aligned unit of the imported article: a paragraph (possibly the start of a speaker's turn) or
 * a heading, made from one source line. {@code text} is plain (unescaped) text; it starts at
 * {@code offset} of {@code line}, after any speaker label. {@code notes} are the footnote references
 * to insert into it.
 */
record Unit(String id, Kind kind, String text, String speaker, SourceLine line, int offset, List<Note> notes) {

  enum Kind {
    PARAGRAPH,
    HEADING
  }

  /** A footnote reference inserted after {@code text[0, offset)}; {@code sic} adds a visible [sic] mark before it. */
  record Note(int offset, String label, String definition, boolean sic) {}

  Unit {
    notes = List.copyOf(notes);
    speaker = speaker == null ? "" : speaker;
  }

  boolean isTurn() {
    return !speaker.isEmpty();
  }

  /** The raw column of {@code text[index]}. */
  int column(int index) {
    return line.column(offset + index);
  }

  Unit withNotes(List<Note> added) {
    return new Unit(id, kind, text, speaker, line, offset, added);
  }
}
