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
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
