package org.glossa.search;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The search index of one language, as the client reads it: the articles, the passages with their
 * text (to confirm hits and show them), token → passages, glossary entry → passages, every form of
 * every entry in any language (folded) → entry, and the Traditional → Simplified folding of the
 * characters that can matter. Passage numbers are positions in {@link #passages()}, ascending in
 * each list.
 */
public record SearchIndex(
    String lang,
    SortedMap<Integer, Integer> folding,
    List<Article> articles,
    List<Entry> passages,
    SortedMap<String, int[]> tokens,
    SortedMap<String, int[]> entries,
    SortedMap<String, String> forms) {

  /** An article: its address relative to the site root and its title. */
  public record Article(String url, String title) {}

  /** A passage: its article's number, its unit id and its text. */
  public record Entry(int article, String id, String text) {}

  public SearchIndex {
    folding = Collections.unmodifiableSortedMap(new TreeMap<>(folding));
    articles = List.copyOf(articles);
    passages = List.copyOf(passages);
    tokens = Collections.unmodifiableSortedMap(new TreeMap<>(tokens));
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    forms = Collections.unmodifiableSortedMap(new TreeMap<>(forms));
  }
}
