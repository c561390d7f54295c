package org.glossa.diag;

/**
 * The named kinds of warning: the one list that {@code check}'s output, the configuration's
 * {@code rules:} overrides and the manual draw on. A rule's name is shown after its message, as
 * compilers show theirs: {@code warning: a space between Chinese and Latin text [cjk-latin-space]}.
 */
public enum Rule {
  CJK_LATIN_SPACE("cjk-latin-space", "A typed space between Han and Latin text (the page spaces them itself)."),
  UNUSED_NOTE("unused-note", "A footnote definition that no reference uses."),
  STALE_TRANSLATION("stale-translation", "A translated unit whose original changed since it was stamped."),
  MISSING_TRANSLATION("missing-translation", "An article without a version in one of the site's languages."),
  TERM_OVERLAP("term-overlap", "One glossary form hides an overlapping form of another entry."),
  UNUSED_REFERENCE("unused-reference", "A work in references.yaml that no note or glossary entry cites."),
  ZH_HANT_AMBIGUOUS("zh-hant-ambiguous", "A Simplified character with more than one Traditional form that no phrase of zh-hant-phrases.yaml covers."),
  ZH_HANT_UNUSED_PHRASE("zh-hant-unused-phrase", "A phrase of zh-hant-phrases.yaml that occurs in no Chinese text of the edition."),
  HTML_WARNING("html-warning", "check: the Nu Html Checker warns about a generated page."),
  RAW_HTML("raw-html", "HTML in Markdown or the glossary while rawHtml is off: it is shown as text."),
  UNSAFE_MARKUP("unsafe-markup", "HTML, an attribute or a URL that could run script or restyle the page: it is left out."),
  IMPORT_DATE("import-date", "Import: the meta file's date disagrees with the date in the text."),
  IMPORT_NO_META("import-no-meta", "Import: the raw file has no meta file (dry run only)."),
  IMPORT_NO_TITLE("import-no-title", "Import: no title line was recognised."),
  IMPORT_NO_STRUCTURE("import-no-structure", "Import: no headings or speaker turns were recognised.");

  private final String id;
  private final String description;

  Rule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The rule of that name, as written in {@code config.yaml}. */
  public static java.util.Optional<Rule> byId(String id) {
    return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** The name shown with each warning and used in {@code config.yaml}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }
}
