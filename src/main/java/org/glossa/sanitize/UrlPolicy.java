package org.glossa.sanitize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which URLs content may link to or load: relative addresses, fragments and the schemes {@code http},
 * {@code https} and {@code mailto} (images: {@code http} and {@code https}). The scheme is read the
 * way a browser reads it, after decoding character references (repeatedly, so that {@code &amp;#106;}
 * is judged as {@code j}), removing tabs, newlines and other control characters anywhere, and
 * ignoring case; so {@code JavaScript:}, {@code java&#9;script:}, {@code &#106;avascript:},
 * {@code vbscript:} and {@code data:text/html} are all refused.
 */
public final class UrlPolicy {
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private UrlPolicy() {}

  /** True if {@code url} may be the target of a link ({@code href}). */
  public static boolean isSafeLink(String url) {
    return scheme(url).map(LINK_SCHEMES::contains).orElse(true);
  }

  /** True if {@code url} may be the source of an image ({@code src}). */
  public static boolean isSafeImage(String url) {
    return scheme(url).map(IMAGE_SCHEMES::contains).orElse(true);
  }

  /**
   * The scheme a browser would see in {@code url}, in lower case; empty for a relative URL. A URL
   * whose scheme cannot be read (an empty one, {@code :x}) counts as having the scheme "".
   */
  public static Optional<String> scheme(String url) {
    String s = normalise(url);
    int colon = s.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String head = s.substring(0, colon);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return Optional.empty();
      }
    }
    return Optional.of(head);
  }

  /** Decodes references until nothing changes, drops controls, spaces and invisible format characters, lower-cases. */
  static String normalise(String url) {
    String s = url;
    for (int i = 0; i < 8; i++) {
      String decoded = Parser.unescapeEntities(s, true);
      if (decoded.equals(s)) {
        break;
      }
      s = decoded;
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> !ignorable(c)).forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean ignorable(int c) {
    return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c);
  }
}
