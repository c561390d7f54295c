package org.glossa.markdown.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reference the automaton is checked against: at each position, try every alias whose first
 * char could match, keep the longest that matches with its boundaries, and jump past it. It shares
 * no code with the main package; boundaries are written with regex classes instead of {@link
 * Character} calls. Combining marks are looked through without the main code's 32-mark limit.
 */
final class NaiveTermMatcher {

  private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}&&\\p{L}]|\\p{Nd}");
  private static final Pattern MARK = Pattern.compile("\\p{M}");

  private final Map<Character, List<Term>> byFirstChar = new HashMap<>();

  NaiveTermMatcher(Collection<Term> terms) {
    for (Term term : terms) {
      char first = Character.toLowerCase(term.alias().charAt(0));
      byFirstChar.computeIfAbsent(first, c -> new ArrayList<>()).add(term);
    }
  }

  List<TermMatch> findAll(String text) {
    List<TermMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Term best = null;
      for (Term term : byFirstChar.getOrDefault(Character.toLowerCase(text.charAt(i)), List.of())) {
        if (occursAt(term.alias(), text, i) && isBetter(term, best)) {
          best = term;
        }
      }
      if (best == null) {
        i++;
      } else {
        int end = i + best.alias().length();
        matches.add(new TermMatch(i, end, best.entryId(), best.alias()));
        i = end;
      }
    }
    return matches;
  }

  /** Longer wins; at equal length (same entry, by construction) the exact spelling wins. */
  private static boolean isBetter(Term term, Term best) {
    if (best == null || term.alias().length() > best.alias().length()) {
      return true;
    }
    return term.alias().length() == best.alias().length()
        && hasUppercase(term.alias())
        && !hasUppercase(best.alias());
  }

  static boolean occursAt(String alias, String text, int start) {
    int end = start + alias.length();
    if (end > text.length()) {
      return false;
    }
    boolean exact = hasUppercase(alias);
    for (int k = 0; k < alias.length(); k++) {
      char t = text.charAt(start + k);
      if (alias.charAt(k) != (exact ? t : Character.toLowerCase(t))) {
        return false;
      }
    }
    return !(isWord(alias.codePointAt(0)) && wordBefore(text, start))
        && !(isWord(alias.codePointBefore(alias.length())) && wordAfter(text, end));
  }

  static boolean hasUppercase(String alias) {
    return alias.chars().anyMatch(c -> Character.toLowerCase((char) c) != c);
  }

  static boolean isWord(int codePoint) {
    return WORD.matcher(Character.toString(codePoint)).matches();
  }

  private static boolean isMark(int codePoint) {
    return MARK.matcher(Character.toString(codePoint)).matches();
  }

  private static boolean wordBefore(String text, int index) {
    int i = index;
    while (i > 0 && isMark(text.codePointBefore(i))) {
      i = text.offsetByCodePoints(i, -1);
    }
    return i > 0 && isWord(text.codePointBefore(i));
  }

  private static boolean wordAfter(String text, int index) {
    if (index >= text.length()) {
      return false;
    }
    int codePoint = text.codePointAt(index);
    return isWord(codePoint) || isMark(codePoint);
  }

  /** Whether two terms of different entries could match the same span of some text. */
  static boolean clash(Term a, Term b) {
    if (a.entryId().equals(b.entryId())) {
      return false;
    }
    if (a.alias().equals(b.alias())) {
      return true;
    }
    return lower(a.alias()).equals(lower(b.alias()))
        && (!hasUppercase(a.alias()) || !hasUppercase(b.alias()));
  }

  private static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.chars().forEach(c -> sb.append(Character.toLowerCase((char) c)));
    return sb.toString();
  }
}
