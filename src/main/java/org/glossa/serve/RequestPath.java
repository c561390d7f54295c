package org.glossa.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The path of a request, decoded and checked before it is looked up: only a plain path below the
 * site's base path gets through. Whatever could climb out of the site or name a file by another
 * route is refused as a bad request, before and after percent-decoding: {@code .} and {@code ..}
 * segments ({@code /../pom.xml}, {@code %2e%2e/}, {@code ..%2f}), empty segments ({@code //etc}),
 * backslashes, drive letters and other colons, NUL and control characters, malformed escapes and
 * UTF-8. A path outside the base path is simply not part of the site.
 */
sealed interface RequestPath {
  /** A path below the site root, decoded ({@code en/glossary/}, or {@code ""} for the root). */
  record InSite(String path) implements RequestPath {}

  /** A path that is not below the base path. */
  record Outside() implements RequestPath {}

  /** A path refused as it is written. */
  record Bad(String why) implements RequestPath {}

  /**
   * @param rawPath the path as the client sent it, still percent-encoded
   * @param basePath the site's base path, starting and ending with '/'
   */
  static RequestPath of(String rawPath, String basePath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new Bad("the path must start with /");
    }
    if (rawPath.indexOf('\\') >= 0) {
      return new Bad("backslash in the path");
    }
    String decoded;
    try {
      decoded = decode(rawPath);
    } catch (IllegalArgumentException e) {
      return new Bad(e.getMessage());
    }
    String[] segments = decoded.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.equals(".") || s.equals("..")) {
        return new Bad("'" + s + "' segment");
      }
      if (s.isEmpty() && i < segments.length - 1) {
        return new Bad("empty segment");
      }
      if (s.chars().anyMatch(c -> c == '\\' || c == ':' || Character.isISOControl(c))) {
        return new Bad("backslash, colon or control character in the path");
      }
    }
    if (!decoded.startsWith(basePath)) {
      return new Outside();
    }
    return new InSite(decoded.substring(basePath.length()));
  }

  /** Percent-decoding into strict UTF-8 ('+' stays '+', as in a path). */
  private static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
          throw new IllegalArgumentException("malformed percent escape");
        }
        bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c > 0x7f) {
        throw new IllegalArgumentException("unescaped non-ASCII character");
      } else {
        bytes.write(c);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the path is not UTF-8");
    }
  }
}
