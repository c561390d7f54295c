package org.glossa.markdown.glossary;

import java.util.Objects;
import java.util.Optional;

/**
 * One surface form of a glossary entry: wherever {@code alias} occurs in a text, it stands for the
 * entry {@code entryId}.
 *
 * <p>An alias that contains an uppercase letter matches case-sensitively ({@code RAG}, {@code To
 * B}); an all-lowercase alias matches regardless of case ({@code large model}). Words inside an
 * alias are separated by single spaces (U+0020), each matching exactly one space in the text; an
 * alias may not start or end with a space, nor contain any other whitespace.
 */
public record Term(String alias, String entryId) {

  public Term {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(entryId, "entryId");
    if (entryId.isBlank()) {
      throw new IllegalArgumentException("blank entry id for alias '" + alias + "'");
    }
    problemWith(alias).ifPresent(problem -> {
      throw new IllegalArgumentException(problem + " in alias '" + alias + "' of entry '" + entryId + "'");
    });
  }

  /** Whether this alias matches only with the same case: it holds a letter that folding changes. */
  boolean isCaseSensitive() {
    return !CaseFolding.fold(alias).equals(alias);
  }

  /** Why {@code alias} cannot be matched in text, if it cannot: the glossary loader reports it. */
  public static Optional<String> problemWith(String alias) {
    return Optional.ofNullable(problem(alias));
  }

  private static String problem(String alias) {
    if (alias.isEmpty()) {
      return "empty alias";
    }
    int last = alias.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = alias.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == last) {
          return "leading or trailing space";
        }
        if (alias.charAt(i - 1) == ' ') {
          return "double space";
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return String.format("whitespace U+%04X other than a single space", (int) c);
      } else if (Character.isHighSurrogate(c)
          && (i == last || !Character.isLowSurrogate(alias.charAt(i + 1)))) {
        return "unpaired surrogate";
      } else if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(alias.charAt(i - 1)))) {
        return "unpaired surrogate";
      }
    }
    return null;
  }
}
