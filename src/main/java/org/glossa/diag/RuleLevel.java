package org.glossa.diag;

import java.util.Locale;
import java.util.Optional;

/** What a {@link Rule} is made to be in {@code config.yaml}'s {@code rules:}: an error, a warning, or nothing at all. */
public enum RuleLevel {
  ERROR,
  WARNING,
  OFF;

  public static Optional<RuleLevel> parse(String text) {
    for (RuleLevel level : values()) {
      if (level.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
