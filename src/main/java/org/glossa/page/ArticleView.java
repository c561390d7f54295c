package org.glossa.page;

import java.util.List;

/**
 * One language version of an article, ready for a template. Absent values are null. {@code
 * dateIso} is machine-readable at the date's precision; {@code dateText} is localised; {@code
 * worksCited} are the works its notes cite, in order of first citation, each formatted (HTML).
 */
public record ArticleView(
    String title,
    String subtitle,
    String lang,
    String url,
    String dateIso,
    String dateText,
    String dateNote,
    String outlet,
    String sourceUrl,
    String summary,
    List<String> tags,
    String noteHtml,
    boolean translation,
    String originalLang,
    List<UnitView> units,
    List<NoteView> notes,
    List<TermView> terms,
    int readingMinutes,
    List<String> worksCited) {
  public ArticleView {
    tags = List.copyOf(tags);
    units = List.copyOf(units);
    notes = List.copyOf(notes);
    terms = List.copyOf(terms);
    worksCited = List.copyOf(worksCited);
  }
}
