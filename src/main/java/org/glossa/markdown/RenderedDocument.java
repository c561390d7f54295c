package org.glossa.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The same body with its units renamed, one id per unit in order; mentions follow their units. */
  public RenderedDocument withUnitIds(List<String> ids) {
    if (ids.size() != units.size()) {
      throw new IllegalArgumentException(ids.size() + " ids for " + units.size() + " units");
    }
    Map<String, String> renamed = new HashMap<>();
    List<Unit> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      renamed.putIfAbsent(units.get(i).id(), ids.get(i));
      out.add(units.get(i).withId(ids.get(i)));
    }
    List<Mention> moved = mentions.stream().map(m -> new Mention(m.entryId(), renamed.getOrDefault(m.unitId(), m.unitId()))).toList();
    return new RenderedDocument(out, notes, terms, moved, citations);
  }
}
