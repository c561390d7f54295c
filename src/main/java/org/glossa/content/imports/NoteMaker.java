package org.glossa.content.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.CleaningRules.TextRule;
import org.glossa.content.Speaker.Role;
import org.glossa.content.imports.SourceMeta.LabelledSpeaker;

/**
 * Adds the editorial footnotes the import can decide on its own: an evident typo from the rules
 * keeps the source text and gets {@code [sic]} plus a note with the correction (labels sic-1, sic-2,
 * …); an interviewee's turn that follows no question gets a note that the question is missing
 * (gap-1, gap-2, …).
 */
final class NoteMaker {
  static final String SIC_NOTE = "原文作“%s”，当为“%s”。";
  static final String GAP_NOTE = "原文此处未载提问。";

  private final CleaningRules rules;
  private final SourceMeta meta;

  NoteMaker(CleaningRules rules, SourceMeta meta) {
    this.rules = rules;
    this.meta = meta;
  }

  Article annotate(Article article, List<AuditEntry> audit) {
    List<Unit> units = new ArrayList<>();
    int sic = 0;
    int gap = 0;
    String owner = "";
    for (Unit unit : article.units()) {
      List<Unit.Note> notes = new ArrayList<>();
      for (int[] match : typos(unit.text())) {
        TextRule rule = rules.typos().get(match[1]);
        String label = "sic-" + (++sic);
        int start = match[0] - rule.text().length();
        notes.add(new Unit.Note(match[0], label, String.format(SIC_NOTE, rule.text(), rule.replacement()), true));
        audit.add(new AuditEntry(unit.line().number(), unit.column(start), Kind.TYPO_MARKED, rule.text(),
            rule.replacement(), "kept with [sic] and note " + label + ", rule " + rule.where()));
      }
      if (unit.isTurn() && hasRole(unit.speaker(), Role.INTERVIEWEE) && !units.isEmpty() && !hasRole(owner, Role.INTERVIEWER)) {
        String label = "gap-" + (++gap);
        notes.add(new Unit.Note(unit.text().length(), label, GAP_NOTE, false));
        audit.add(new AuditEntry(unit.line().number(), unit.line().column(0), Kind.STRUCTURE, "", "",
            "answer " + unit.id() + " follows no question: note " + label));
      }
      owner = unit.kind() == Unit.Kind.HEADING ? "" : unit.isTurn() ? unit.speaker() : owner;
      units.add(unit.withNotes(notes));
    }
    return new Article(article.title(), units);
  }

  /** End offsets and rule indexes of the typos in {@code text}, in text order. */
  private List<int[]> typos(String text) {
    List<int[]> found = new ArrayList<>();
    for (int r = 0; r < rules.typos().size(); r++) {
      String typo = rules.typos().get(r).text();
      for (int at = text.indexOf(typo); at >= 0; at = text.indexOf(typo, at + typo.length())) {
        found.add(new int[] {at + typo.length(), r});
      }
    }
    found.sort(Comparator.comparingInt((int[] m) -> m[0]));
    return found;
  }

  private boolean hasRole(String id, Role role) {
    LabelledSpeaker speaker = meta.speakers().get(id);
    return speaker != null && speaker.speaker().role() == role;
  }
}
