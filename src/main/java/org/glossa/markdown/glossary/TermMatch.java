package org.glossa.markdown.glossary;

import java.util.Objects;

/**
 * One occurrence of a glossary term in a searched text: the characters {@code [start, end)} are the
 * alias {@code alias} (up to case, for an all-lowercase alias) of the entry {@code entryId}.
 * Offsets are UTF-16 indexes into the searched {@link CharSequence}.
 */
public record TermMatch(int start, int end, String entryId, String alias) {

  public TermMatch {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(alias, "alias");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "bad range [" + start + ", " + end + ") for '" + alias + "'");
    }
  }

  /** The number of UTF-16 chars matched. */
  public int length() {
    return end - start;
  }
}
