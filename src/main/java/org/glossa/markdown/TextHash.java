package org.glossa.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** A short, stable fingerprint of a unit's text: 8 hex digits of SHA-256 over its NFC text without whitespace. */
public final class TextHash {
  private TextHash() {}

  public static String of(String text) {
    String normal = withoutWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** {@code s} without the characters of the regular expression {@code \s} (ASCII whitespace), without compiling one per call. */
  private static String withoutWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
