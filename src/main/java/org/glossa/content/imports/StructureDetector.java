package org.glossa.content.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.SourceMeta.LabelledSpeaker;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Rule;

/**
 * Finds the structure of a cleaned source, one unit per non-blank line: the first line is the title
 * when it reads like one; a line starting with a speaker label and {@code :} or {@code ：} starts
 * that speaker's turn (the label goes, the template renders the name); a short line without
 * sentence-final punctuation is a heading; anything else is a paragraph.
 */
final class StructureDetector {
  static final int MAX_TITLE = 80;
  static final int MAX_HEADING = 30;
  private static final String NOT_HEADING_END = "。！？!?…；;，,、：:";

  private record Label(String text, String speaker) {}

  private final List<Label> labels = new ArrayList<>();

  StructureDetector(SourceMeta meta) {
    for (LabelledSpeaker speaker : meta.speakers().values()) {
      for (String label : speaker.labels()) {
        labels.add(new Label(label, speaker.speaker().id()));
      }
    }
    labels.sort(Comparator.comparingInt((Label l) -> -l.text().length()));
  }

  Article detect(Path path, List<SourceLine> lines, List<AuditEntry> audit, List<Diagnostic> diagnostics) {
    List<SourceLine> kept = lines.stream().map(SourceLine::strip).filter(l -> !l.isBlank()).toList();
    String title = "";
    int first = 0;
    if (!kept.isEmpty() && looksLikeTitle(kept.get(0))) {
      title = kept.get(0).text();
      first = 1;
      audit.add(new AuditEntry(kept.get(0).number(), kept.get(0).column(0), Kind.STRUCTURE, title, "", "title"));
    } else {
      int line = kept.isEmpty() ? 0 : kept.get(0).number();
      diagnostics.add(Diagnostic.warning(Rule.IMPORT_NO_TITLE, path, line, 0, "no title line found: the first line reads like a paragraph",
          "add 'title:' to the meta file; the first line is imported as a paragraph"));
    }
    List<Unit> units = new ArrayList<>();
    for (SourceLine line : kept.subList(first, kept.size())) {
      units.add(unit("p" + (units.size() + 1), line, audit));
    }
    if (!units.isEmpty() && units.stream().noneMatch(u -> u.isTurn() || u.kind() == Unit.Kind.HEADING)) {
      diagnostics.add(Diagnostic.warning(Rule.IMPORT_NO_STRUCTURE, path, units.get(0).line().number(), 0,
          "no headings or speaker turns recognised: imported " + units.size() + " lines as plain paragraphs",
          "speaker turns need labels in the meta file's speakers (e.g. labels: [汤道生])"));
    }
    return new Article(title, units);
  }

  private Unit unit(String id, SourceLine line, List<AuditEntry> audit) {
    String text = line.text();
    Optional<Label> label = label(text);
    if (label.isPresent()) {
      int start = label.get().text().length();
      while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == ':' || text.charAt(start) == '：')) {
        start++;
      }
      audit.add(new AuditEntry(line.number(), line.column(0), Kind.STRUCTURE, text.substring(0, start).strip(), "",
          "turn " + id + " of speaker " + label.get().speaker()));
      return new Unit(id, Unit.Kind.PARAGRAPH, text.substring(start), label.get().speaker(), line, start, List.of());
    }
    if (looksLikeHeading(text)) {
      audit.add(new AuditEntry(line.number(), line.column(0), Kind.STRUCTURE, text, "", "heading " + id));
      return new Unit(id, Unit.Kind.HEADING, text, "", line, 0, List.of());
    }
    return new Unit(id, Unit.Kind.PARAGRAPH, text, "", line, 0, List.of());
  }

  /** The speaker label (longest first) followed by a colon that starts {@code text}. */
  private Optional<Label> label(String text) {
    for (Label label : labels) {
      if (text.startsWith(label.text())) {
        String rest = text.substring(label.text().length()).stripLeading();
        if ((rest.startsWith(":") || rest.startsWith("：")) && !rest.substring(1).isBlank()) {
          return Optional.of(label);
        }
      }
    }
    return Optional.empty();
  }

  private boolean looksLikeTitle(SourceLine line) {
    String text = line.text();
    return text.codePointCount(0, text.length()) <= MAX_TITLE && !endsLikeSentence(text) && label(text).isEmpty();
  }

  static boolean looksLikeHeading(String text) {
    return text.codePointCount(0, text.length()) <= MAX_HEADING && !endsLikeSentence(text)
        && text.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean endsLikeSentence(String text) {
    int end = text.length();
    while (end > 0 && CharKinds.isCloser(text.charAt(end - 1))) {
      end--;
    }
    return end == 0 || NOT_HEADING_END.indexOf(text.charAt(end - 1)) >= 0;
  }
}
