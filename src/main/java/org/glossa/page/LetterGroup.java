package org.glossa.page;

import java.util.List;

/** The glossary entries filed under one letter, with the anchor of the jump bar. */
public record LetterGroup(String letter, String anchor, List<EntryView> entries) {
  public LetterGroup {
    entries = List.copyOf(entries);
  }
}
