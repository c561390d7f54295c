package org.glossa.markdown.citation;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text field of a bibliography entry: one text for every language ({@code outlet: Reuters}) or
 * one per language tag ({@code outlet: {en: Global Times, zh-Hans: 环球时报}}).
 */
public record LocalText(Optional<String> common, Map<String, String> byLanguage) {
  public static final LocalText NONE = new LocalText(Optional.empty(), Map.of());

  public LocalText {
    byLanguage = Map.copyOf(new TreeMap<>(byLanguage));
  }

  public static LocalText of(String text) {
    return new LocalText(Optional.of(text), Map.of());
  }

  /** The text for a language: its own version, else the common one. */
  public Optional<String> in(String lang) {
    return Optional.ofNullable(byLanguage.get(lang)).or(() -> common);
  }

  public boolean isEmpty() {
    return common.isEmpty() && byLanguage.isEmpty();
  }
}
