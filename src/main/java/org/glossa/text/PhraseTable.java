package org.glossa.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's Simplified → Traditional phrases ({@code content/zh-hant-phrases.yaml}), applied
 * before ICU: from left to right, at each position the longest phrase that starts there wins and
 * the text goes on after it. A phrase and its Traditional form have the same number of characters,
 * so every position of the converted text still matches its Simplified source.
 */
public final class PhraseTable {
  public static final PhraseTable EMPTY = new PhraseTable(List.of());

  /**
   * One entry.
   *
   * @param note why this form (the editor's comment); empty when none
   * @param line line of the entry in its file, 0 when it has none
   */
  public record Phrase(String simplified, String traditional, String note, int line) {
    public Phrase {
      if (simplified.isEmpty() || simplified.codePointCount(0, simplified.length())
          != traditional.codePointCount(0, traditional.length())) {
        throw new IllegalArgumentException("phrase '" + simplified + "' → '" + traditional + "' must keep its length");
      }
    }
  }

  /** Where a phrase applies in a text: chars {@code [start, end)}. */
  public record Match(int start, int end, Phrase phrase) {}

  private final List<Phrase> phrases;
  private final Map<String, Phrase> bySimplified = new HashMap<>();
  private final Set<Character> firstChars = new HashSet<>();
  private final int longest;

  public PhraseTable(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    int max = 0;
    for (Phrase p : this.phrases) {
      if (bySimplified.put(p.simplified(), p) != null) {
        throw new IllegalArgumentException("phrase '" + p.simplified() + "' is listed twice");
      }
      max = Math.max(max, p.simplified().length());
      firstChars.add(p.simplified().charAt(0));
    }
    this.longest = max;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  public boolean isEmpty() {
    return phrases.isEmpty();
  }

  /** The phrases that apply to {@code text}, left to right, none overlapping; the longest at each position wins. */
  public List<Match> matches(String text) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Phrase found = null;
      for (int len = firstChars.contains(text.charAt(i)) ? Math.min(longest, text.length() - i) : 0; len > 0 && found == null; len--) {
        found = bySimplified.get(text.substring(i, i + len));
      }
      if (found == null) {
        i += Character.charCount(text.codePointAt(i));
      } else {
        out.add(new Match(i, i + found.simplified().length(), found));
        i += found.simplified().length();
      }
    }
    return out;
  }
}
