package org.glossa.markdown;

import java.util.HashSet;
import java.util.Set;
import org.glossa.text.Slug;

/**
 * Readable, unique ids for headings without an explicit id: {@link Slug} spells Chinese in
 * pinyin ({@code 大模型的竞争} → {@code da-mo-xing-de-jing-zheng}, the same for its Traditional form),
 * so ids are ASCII, stable and the same in both scripts; collisions get -2, -3; a heading with
 * nothing to spell gets {@code h<ordinal>}. An explicit id ({@code {#intro}}) is the stable choice
 * for a heading that other pages link to.
 */
final class HeadingSlugs {
  private final Set<String> used = new HashSet<>();

  String next(String headingText, int ordinal) {
    String base = Slug.of(headingText);
    if (base.isEmpty()) {
      base = "h" + ordinal;
    }
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
