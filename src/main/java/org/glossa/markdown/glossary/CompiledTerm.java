package org.glossa.markdown.glossary;

import java.util.Objects;

/**
 * A term with what matching needs to know about its alias, worked out once: whether case counts and
 * whether each end needs a Latin word boundary.
 */
record CompiledTerm(
    String alias, String entryId, boolean caseSensitive, boolean boundedStart, boolean boundedEnd) {

  CompiledTerm {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(entryId, "entryId");
  }

  static CompiledTerm of(Term term) {
    String alias = term.alias();
    return new CompiledTerm(
        alias,
        term.entryId(),
        term.isCaseSensitive(),
        WordBoundary.boundedStart(alias),
        WordBoundary.boundedEnd(alias));
  }

  /**
   * Whether {@code text[start, end)} is an occurrence of this alias; its folded form already is.
   */
  boolean matchesAt(CharSequence text, int start, int end) {
    return (!caseSensitive || CaseFolding.regionEquals(text, start, alias))
        && WordBoundary.allows(text, start, end, boundedStart, boundedEnd);
  }
}
