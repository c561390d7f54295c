package org.glossa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client's way of finding passages, in Java for the builder's tests: a Han run through the
 * intersection of its bigrams' lists, confirmed in the folded text; a word through its stem's list.
 * ({@code search.js} does the same; its own test checks it against a linear scan too.)
 */
final class IndexQuery {
  private IndexQuery() {}

  /** Passages containing the Han string {@code query} (after folding). */
  static Set<Integer> han(SearchIndex index, String query) {
    String q = SearchText.fold(query);
    int[] cps = q.codePoints().toArray();
    Set<Integer> candidates = null;
    if (cps.length == 1) {
      candidates = new TreeSet<>();
      for (var e : index.tokens().entrySet()) {
        if (e.getKey().codePoints().anyMatch(c -> c == cps[0]) && e.getKey().codePoints().allMatch(SearchText::isHan)) {
          for (int p : e.getValue()) {
            candidates.add(p);
          }
        }
      }
    } else {
      for (int i = 0; i + 1 < cps.length; i++) {
        Set<Integer> list = list(index, new String(cps, i, 2));
        if (candidates == null) {
          candidates = list;
        } else {
          candidates.retainAll(list);
        }
      }
    }
    Set<Integer> out = new TreeSet<>();
    for (int p : candidates) {
      if (SearchText.fold(index.passages().get(p).text()).contains(q)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Passages with a word whose stem is that of {@code word}. */
  static Set<Integer> word(SearchIndex index, String word) {
    return list(index, EnglishStemmer.stem(SearchText.fold(word)));
  }

  static Set<Integer> list(SearchIndex index, String token) {
    Set<Integer> out = new TreeSet<>();
    for (int p : index.tokens().getOrDefault(token, new int[0])) {
      out.add(p);
    }
    return out;
  }

  static List<Integer> all(SearchIndex index) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < index.passages().size(); i++) {
      out.add(i);
    }
    return out;
  }
}
