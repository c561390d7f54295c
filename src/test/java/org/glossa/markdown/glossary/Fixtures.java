package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Short ways to build a matcher and to read its matches in the matcher tests. */
final class Fixtures {

  private Fixtures() {}

  /** A matcher from alternating alias, entry id pairs. */
  static TermMatcher matcher(String... aliasEntryPairs) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < aliasEntryPairs.length; i += 2) {
      terms.add(new Term(aliasEntryPairs[i], aliasEntryPairs[i + 1]));
    }
    return TermMatcher.of(terms);
  }

  /** The matches in {@code text} as {@code matched text=entry}, checking offsets on the way. */
  static List<String> found(TermMatcher matcher, String text) {
    List<String> result = new ArrayList<>();
    for (TermMatch m : matcher.findAll(text)) {
      assertEquals(m.alias().length(), m.length(), () -> "length of " + m);
      result.add(text.substring(m.start(), m.end()) + "=" + m.entryId());
    }
    return result;
  }
}
