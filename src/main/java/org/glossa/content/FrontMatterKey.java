package org.glossa.content;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every key of an article's front matter, with its meaning and default: the one list that the
 * reader accepts and the manual documents. Unknown keys are errors.
 */
public enum FrontMatterKey {
  TITLE("title", "Title of this language version.", "required"),
  SUBTITLE("subtitle", "A subtitle.", "none"),
  DATE("date", "Date of the original publication: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.", "none"),
  DATE_PRECISION("datePrecision", "`year`, `month` or `day`; must not be finer than `date`.", "from `date`"),
  DATE_NOTE("dateNote", "How the date is known, shown next to it (e.g. \"inferred from the text\").", "none"),
  OUTLET("outlet", "Where the text was first published.", "none"),
  SOURCE_URL("sourceUrl", "The original URL, only where known.", "none"),
  SPEAKERS("speakers", "Map of speaker id to `{name, role}`; `role` is `interviewer` or `interviewee`.", "none"),
  SUMMARY("summary", "One or two sentences for the index page and the feeds.", "none"),
  TAGS("tags", "List of strings.", "`[]`"),
  DRAFT("draft", "`true` leaves this version out of the build (on the original: the whole article). A YAML boolean, unquoted: `\"yes\"` or `\"true\"` in quotes are strings and refused.", "`false`"),
  TRANSLATION_KEY("translationKey", "Pairs files whose names differ.", "the file name"),
  TRANSLATED_FROM("translatedFrom", "Language tag of the original this file translates. When no version of an article says it, "
      + "the version in `defaultLanguage` is the original and every other version translates it.", "see the description"),
  LANG("lang", "The language of the file (Jekyll Polyglot's key); must agree with the file name, which decides it.", "from the file name"),
  NOTE("note", "The editorial note on this version (Markdown).", "none");

  private final String key;
  private final String description;
  private final String defaultValue;

  FrontMatterKey(String key, String description, String defaultValue) {
    this.key = key;
    this.description = description;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  /** What the key means, in Markdown (code spans for values). */
  public String description() {
    return description;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** The names of all keys. */
  public static Set<String> names() {
    return Arrays.stream(values()).map(FrontMatterKey::key).collect(Collectors.toUnmodifiableSet());
  }
}
