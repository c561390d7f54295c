package org.glossa.content;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key of an article ({@code interviews/tong-2024}): the folders and name of its files, which
 * become its web address below each language. Plain lower-case segments, none of them taken by
 * Glossa's own pages.
 */
public final class ArticleKey {
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Set<String> RESERVED_FIRST = Set.of("assets", "glossary");
  private static final Set<String> RESERVED_LAST = Set.of("parallel", "interleaved");

  /** What is wrong with a key, and what to do about it. */
  public record Problem(String message, String hint) {}

  private ArticleKey() {}

  public static Optional<Problem> problem(String key) {
    String[] segments = key.split("/", -1);
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.of(new Problem("'" + segment + "' cannot be part of a web address",
            "rename it with lower-case letters a-z, digits, '-', '_' or '.' (it becomes the page's URL)"));
      }
    }
    if (RESERVED_FIRST.contains(segments[0]) || RESERVED_LAST.contains(segments[segments.length - 1])) {
      return Optional.of(new Problem("the address " + key + "/ is taken by Glossa's own pages",
          "rename the file or folder: assets/ and glossary/ at the top, and parallel/ and interleaved/ anywhere, are reserved"));
    }
    return Optional.empty();
  }
}
