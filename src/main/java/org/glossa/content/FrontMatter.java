package org.glossa.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.text.PartialDate;

/** The typed front matter of one article file. Every key is documented in the README. */
public record FrontMatter(
    String title,
    Optional<String> subtitle,
    Optional<PartialDate> date,
    Optional<String> dateNote,
    Optional<String> outlet,
    Optional<String> sourceUrl,
    Map<String, Speaker> speakers,
    Optional<String> summary,
    List<String> tags,
    boolean draft,
    Optional<String> translationKey,
    Optional<String> translatedFrom,
    Optional<String> note) {

  public FrontMatter {
    speakers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(speakers));
    tags = List.copyOf(tags);
  }

  public FrontMatter withTranslatedFrom(String lang) {
    return new FrontMatter(title, subtitle, date, dateNote, outlet, sourceUrl, speakers, summary, tags, draft, translationKey,
        Optional.of(lang), note);
  }
}
