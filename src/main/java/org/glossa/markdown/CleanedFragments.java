package org.glossa.markdown;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The sanitiser's recent results, for {@code serve}: cleaning is a pure function of the fragment,
 * and a rebuild after one edit meets the same fragments again, all but the edited one. Bounded by
 * the characters kept (input and output); the least recently used go first. Thread-safe.
 */
final class CleanedFragments {
  /** About 64 MB of strings at most: far more than an edition's articles, far less than a large site's. */
  static final long MAX_CHARS = 32L << 20;

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
    long size = (long) html.length() + cleaned.length();
    if (size > maxChars) {
      return cleaned;
    }
    synchronized (kept) {
      if (kept.put(html, cleaned) == null) {
        chars += size;
      }
      for (Iterator<Map.Entry<String, String>> it = kept.entrySet().iterator(); chars > maxChars && it.hasNext(); ) {
        Map.Entry<String, String> oldest = it.next();
        chars -= (long) oldest.getKey().length() + oldest.getValue().length();
        it.remove();
      }
    }
    return cleaned;
  }

  int size() {
    synchronized (kept) {
      return kept.size();
    }
  }
}
