package org.glossa.markdown;

import java.util.List;
import org.glossa.markdown.glossary.Mention;

/**
 * An article body after Markdown: its aligned units, its footnotes in number order, the glossary
 * entries annotated in it (in order of first annotation), every mention of an entry, and the keys
 * of the works it cites (in order of first citation).
 */
public record RenderedDocument(List<Unit> units, List<Note> notes, List<String> terms, List<Mention> mentions, List<String> citations) {
  public RenderedDocument {
    citations = List.copyOf(citations);
    units = List.copyOf(units);
    notes = List.copyOf(notes);
    terms = List.copyOf(terms);
    mentions = List.copyOf(mentions);
  }
}
