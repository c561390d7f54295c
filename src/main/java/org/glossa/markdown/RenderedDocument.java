package org.glossa.markdown;

import java.util.List;

/** An article body after Markdown: its aligned units and its footnotes in number order. */
public record RenderedDocument(List<Unit> units, List<Note> notes) {
  public RenderedDocument {
    units = List.copyOf(units);
    notes = List.copyOf(notes);
  }
}
