package org.glossa.markdown;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The sanitiser's recent results, for {@code serve}: cleaning is a pure function of the fragment,
 * and a rebuild after one edit meets the same fragments again, all but the edited one. Bounded by
 * the characters kept (input and output) plus a fixed cost per entry for its objects; the least
 * recently used go first. Thread-safe.
 */
final class CleanedFragments {
  /**
   * The bound, in characters: some 32–64 MB of heap (a Latin character takes a byte, a Chinese one
   * two), far more than an edition's articles need, far less than a large site's would.
   */
  static final long MAX_CHARS = 32L << 20;
  /** What an entry's objects (two strings, their arrays, the map's entry) cost, counted in characters. */
  static final int ENTRY_COST = 64;

  private final Map<String, String> kept = new LinkedHashMap<>(1024, 0.75f, true);
  private final long maxChars;
  private long chars;

  CleanedFragments() {
    this(MAX_CHARS);
  }

  CleanedFragments(long maxChars) {
    this.maxChars = maxChars;
  }

  /** {@code clean.apply(html)}, remembered. */
  String clean(String html, UnaryOperator<String> clean) {
    synchronized (kept) {
      String known = kept.get(html);
      if (known != null) {
        return known;
      }
    }
    String cleaned = clean.apply(html);
    long size = cost(html, cleaned);
    if (size > maxChars) {
      return cleaned;
    }
    synchronized (kept) {
      if (kept.put(html, cleaned) == null) {
        chars += size;
      }
      for (Iterator<Map.Entry<String, String>> it = kept.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
        Map.Entry<String, String> oldest = it.next();
        chars -= cost(oldest.getKey(), oldest.getValue());
        it.remove();
      }
    }
    return cleaned;
  }

  private static long cost(String html, String cleaned) {
    return (long) html.length() + cleaned.length() + ENTRY_COST;
  }

  int size() {
    synchronized (kept) {
      return kept.size();
    }
  }
}
