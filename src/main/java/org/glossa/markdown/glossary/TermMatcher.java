package org.glossa.markdown.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Finds glossary terms in running text, Chinese or Latin, without needing spaces between words.
 *
 * <p>{@link #findAll} reports non-overlapping matches from left to right, leftmost-longest: at the
 * first position where any alias matches, the longest alias that matches there wins ({@code 腾讯会议}
 * over {@code 腾讯}); scanning resumes at its end, and later matches that overlap it are dropped. An
 * alias matches where
 *
 * <ul>
 *   <li>its chars equal the text's: exactly if it contains an uppercase letter, else after lowering
 *       each text char with {@link Character#toLowerCase(char)} (offsets stay exact);
 *   <li>each space in it meets exactly one U+0020 space (not a tab, line break or no-break space);
 *   <li>a Latin letter or digit at either end of it is not next to another one in the text (see
 *       {@code WordBoundary}); Han characters are not word characters, so {@code 用RAG技术} matches.
 * </ul>
 *
 * <p>{@link #of} builds one Aho–Corasick automaton; each search then takes time linear in the text
 * plus the occurrences found. Instances are immutable and safe to share between threads.
 */
public final class TermMatcher {

  private final AliasTable table;
  private final Automaton automaton;

  private TermMatcher(AliasTable table, Automaton automaton) {
    this.table = table;
    this.automaton = automaton;
  }

  /**
   * Builds a matcher for {@code terms}; repeated terms count once.
   *
   * @throws IllegalArgumentException naming both entries if one alias, compared ignoring case
   *     unless both spellings contain an uppercase letter, belongs to two entries
   */
  public static TermMatcher of(Collection<Term> terms) {
    AliasTable table = AliasTable.of(terms);
    return new TermMatcher(table, Automaton.build(table.keys()));
  }

  /** Every match in {@code text}, non-overlapping, in order, leftmost-longest. */
  public List<TermMatch> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (isEmpty() || text.length() == 0) {
      return List.of();
    }
    int[] longest = new int[text.length()];
    CompiledTerm[] winner = new CompiledTerm[text.length()];
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.next(state, CaseFolding.fold(text.charAt(i)));
      int end = i + 1;
      for (int s = automaton.firstOutput(state); s != Automaton.NONE; s = automaton.nextOutput(s)) {
        int length = automaton.depth(s);
        int start = end - length;
        if (length > longest[start]) {
          CompiledTerm term = firstMatching(table.group(automaton.key(s)), text, start, end);
          if (term != null) {
            longest[start] = length;
            winner[start] = term;
          }
        }
      }
    }
    return leftmostLongest(longest, winner);
  }

  /** Whether the matcher has no terms, so that it never finds anything. */
  public boolean isEmpty() {
    return table.keys().isEmpty();
  }

  @Override
  public String toString() {
    return "TermMatcher[" + table.keys().size() + " aliases]";
  }

  private static CompiledTerm firstMatching(
      CompiledTerm[] group, CharSequence text, int start, int end) {
    for (CompiledTerm term : group) {
      if (term.matchesAt(text, start, end)) {
        return term;
      }
    }
    return null;
  }

  private static List<TermMatch> leftmostLongest(int[] longest, CompiledTerm[] winner) {
    List<TermMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < longest.length) {
      if (longest[i] == 0) {
        i++;
      } else {
        CompiledTerm term = winner[i];
        matches.add(new TermMatch(i, i + longest[i], term.entryId(), term.alias()));
        i += longest[i];
      }
    }
    return Collections.unmodifiableList(matches);
  }
}
