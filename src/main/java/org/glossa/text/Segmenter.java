package org.glossa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Words of mixed Chinese and Latin text, by ICU4J's word {@link BreakIterator} (its dictionary
 * segments Han text), with a list of terms kept whole: ICU splits names it does not know
 * ({@code 腾|讯}, {@code 混|元}, {@code 马|化|腾}, {@code 企业|微|信}), so the glossary's headwords
 * and aliases are found first, the longest at each position from left to right, and only the text
 * between them goes to ICU. Terms match regardless of case; a term that begins or ends with a Latin
 * letter or digit matches only at a word boundary ({@code RAG} not in {@code fRAGment}).
 *
 * <p>Immutable and safe to share between threads: each thread works on its own copy of the iterator.
 */
public final class Segmenter {
  /** What a word is made of. */
  public enum Kind {
    /** Han (ideographic) text, one word of ICU's dictionary. */
    HAN,
    /** Letters of an alphabet (Latin, Greek …) or kana. */
    LETTERS,
    NUMBER,
    /** One of the terms kept whole, whatever its script. */
    TERM
  }

  /** A word of the text: chars {@code [start, end)}. */
  public record Segment(int start, int end, String text, Kind kind) {}

  /**
   * Built once (loading ICU's rules and dictionary is slow) and cloned once per thread: a clone
   * copies the iterator's state, too costly to make for every passage of a large edition.
   */
  private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.forLanguageTag("zh"));
  private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());
  private static final Segmenter PLAIN = new Segmenter(List.of());

  /** The terms, folded, as a trie: a walk from a position finds every term that starts there in one pass. */
  private final Trie terms = new Trie();
  /** The chars some term starts with: most positions of a text start none, and are passed over at once. */
  private final BitSet firstChars = new BitSet();

  private Segmenter(Collection<String> keepWhole) {
    for (String term : keepWhole) {
      String folded = fold(term.strip());
      if (!folded.isEmpty()) {
        terms.add(folded);
        firstChars.set(folded.charAt(0));
      }
    }
  }

  /** ICU's segmentation alone. */
  public static Segmenter plain() {
    return PLAIN;
  }

  /** A segmenter that keeps {@code terms} (e.g. the glossary's forms in one language) whole. */
  public static Segmenter keeping(Collection<String> terms) {
    return terms.isEmpty() ? PLAIN : new Segmenter(terms);
  }

  /** The words of {@code text} in order; spaces and punctuation are not words. */
  public List<Segment> words(String text) {
    String folded = fold(text);
    BreakIterator iterator = ITERATOR.get();
    List<Segment> out = new ArrayList<>();
    int gapStart = 0;
    for (int i = 0; i < text.length(); ) {
      int end = termEnd(folded, i);
      if (end < 0) {
        i++;
        continue;
      }
      icuWords(iterator, text, gapStart, i, out);
      out.add(new Segment(i, end, text.substring(i, end), Kind.TERM));
      gapStart = i = end;
    }
    icuWords(iterator, text, gapStart, text.length(), out);
    return out;
  }

  /** End of the longest term at {@code start}, or -1. */
  private int termEnd(String folded, int start) {
    if (!firstChars.get(folded.charAt(start)) || start > 0 && Character.isLowSurrogate(folded.charAt(start))) {
      return -1;
    }
    int best = -1;
    Trie node = terms;
    for (int i = start; i < folded.length() && (node = node.child(folded.charAt(i))) != null; i++) {
      if (node.isTerm && standsApart(folded, start, i + 1)) {
        best = i + 1;
      }
    }
    return best;
  }

  /** A node of the terms' trie: children by char, kept sorted for a binary search. */
  private static final class Trie {
    private char[] keys = new char[0];
    private Trie[] children = new Trie[0];
    private boolean isTerm;

    void add(String term) {
      Trie node = this;
      for (int i = 0; i < term.length(); i++) {
        node = node.childOrNew(term.charAt(i));
      }
      node.isTerm = true;
    }

    Trie child(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    private Trie childOrNew(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      char[] k = new char[keys.length + 1];
      Trie[] ch = new Trie[children.length + 1];
      System.arraycopy(keys, 0, k, 0, insert);
      System.arraycopy(children, 0, ch, 0, insert);
      k[insert] = c;
      ch[insert] = new Trie();
      System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
      System.arraycopy(children, insert, ch, insert + 1, children.length - insert);
      keys = k;
      children = ch;
      return ch[insert];
    }
  }

  private static boolean standsApart(String text, int start, int end) {
    boolean boundedStart = isWordChar(text.codePointAt(start));
    boolean boundedEnd = isWordChar(text.codePointBefore(end));
    return !(boundedStart && start > 0 && isWordChar(text.codePointBefore(start)))
        && !(boundedEnd && end < text.length() && isWordChar(text.codePointAt(end)));
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isDigit(codePoint)
        || Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }

  private static void icuWords(BreakIterator iterator, String text, int from, int to, List<Segment> out) {
    if (from >= to) {
      return;
    }
    iterator.setText(text.substring(from, to));
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      Kind kind = kind(iterator.getRuleStatus());
      if (kind != null) {
        out.add(new Segment(from + start, from + end, text.substring(from + start, from + end), kind));
      }
    }
  }

  private static Kind kind(int status) {
    if (status >= BreakIterator.WORD_IDEO && status < BreakIterator.WORD_IDEO_LIMIT) {
      return Kind.HAN;
    }
    if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_KANA_LIMIT) {
      return Kind.LETTERS;
    }
    if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
      return Kind.NUMBER;
    }
    return null;
  }

  /** Lower case char by char, so offsets stay those of the original. */
  static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
