package org.glossa.content.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.source.YamlScalar;
import org.glossa.content.Speaker;
import org.glossa.content.imports.SourceMeta.LabelledSpeaker;

/**
 * Writes an imported article in the content format of the README: YAML front matter, then one unit
 * per source line with its id ({@code {#p7 turn=tong}} on the line after a paragraph, at the end of
 * a heading), then the footnote definitions in the order of their references. Text is escaped so
 * Markdown reads it literally.
 */
final class MarkdownWriter {
  private static final String ESCAPED = "\\*_[]<`{~";
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+]|\\d{1,9}[.)])(?= |$)|^-(?=(?: *-){2,} *$)");

  String write(Article article, SourceMeta meta, String date) {
    StringBuilder md = new StringBuilder();
    frontMatter(md, article.title(), meta, date);
    List<Unit.Note> notes = new ArrayList<>();
    for (Unit unit : article.units()) {
      md.append('\n');
      unit(md, unit);
      notes.addAll(unit.notes());
    }
    for (Unit.Note note : notes) {
      md.append("\n[^").append(note.label()).append("]: ").append(note.definition()).append('\n');
    }
    return md.toString();
  }

  private static void frontMatter(StringBuilder md, String title, SourceMeta meta, String date) {
    md.append("---\n");
    md.append("title: ").append(scalar(title, false)).append('\n');
    field(md, "date", date);
    field(md, "datePrecision", meta.datePrecision());
    field(md, "dateNote", meta.dateNote());
    field(md, "outlet", meta.outlet());
    if (!meta.speakers().isEmpty()) {
      md.append("speakers:\n");
      for (LabelledSpeaker labelled : meta.speakers().values()) {
        Speaker s = labelled.speaker();
        md.append("  ").append(s.id()).append(": {name: ").append(scalar(s.name(), true))
            .append(", role: ").append(s.role().key()).append("}\n");
      }
    }
    if (!meta.note().isBlank()) {
      md.append("note: |\n");
      for (String line : meta.note().strip().split("\n", -1)) {
        md.append(line.isBlank() ? "" : "  " + line.stripTrailing()).append('\n');
      }
    }
    md.append("---\n");
  }

  private static void field(StringBuilder md, String key, String value) {
    if (!value.isEmpty()) {
      md.append(key).append(": ").append(scalar(value, false)).append('\n');
    }
  }

  private static void unit(StringBuilder md, Unit unit) {
    String text = withNotes(unit);
    if (unit.kind() == Unit.Kind.HEADING) {
      md.append("## ").append(text).append(" {#").append(unit.id()).append("}\n");
    } else {
      md.append(text).append('\n');
      md.append("{#").append(unit.id()).append(unit.isTurn() ? " turn=" + unit.speaker() : "").append("}\n");
    }
  }

  private static String withNotes(Unit unit) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Unit.Note note : unit.notes()) {
      out.append(escape(unit.text().substring(from, note.offset()), from == 0));
      out.append(note.sic() ? "\\[sic\\]" : "").append("[^").append(note.label()).append(']');
      from = note.offset();
    }
    return out.append(escape(unit.text().substring(from), from == 0)).toString();
  }

  /** Escapes the characters Markdown would read as markup; {@code atLineStart} also guards block markers. */
  static String escape(String text, boolean atLineStart) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ESCAPED.indexOf(c) >= 0 || (atLineStart && i == 0 && (c == '#' || c == '>'))) {
        out.append('\\');
      }
      out.append(c);
    }
    Matcher marker = LIST_MARKER.matcher(text);
    if (atLineStart && marker.find()) {
      out.insert(marker.end() - 1, '\\');
    }
    return out.toString();
  }

  static String scalar(String value, boolean inFlow) {
    return YamlScalar.of(value, inFlow);
  }
}
