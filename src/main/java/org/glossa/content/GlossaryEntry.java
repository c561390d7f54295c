package org.glossa.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concept of the glossary, with its sense in each language.
 *
 * @param sources the works the entry rests on, as keys of references.yaml with an optional locator
 * @param line line of the entry's id in glossary.yaml
 */
public record GlossaryEntry(
    String id, Category category, Optional<String> expansion, Map<String, Sense> senses, List<Source> sources, int line) {

  public enum Category {
    CONCEPT,
    ORGANISATION,
    PRODUCT,
    PERSON,
    EVENT,
    IDIOM
  }

  /**
   * The entry in one language: headword, further forms matched in text, short and long definitions
   * (Markdown), and the lines of the headword and of each definition in glossary.yaml.
   */
  public record Sense(String headword, List<String> aliases, String shortDefinition, String longDefinition, int line,
      int shortLine, int longLine) {
    public Sense {
      aliases = List.copyOf(aliases);
    }

    /** Headword first, then the aliases, without repeats. */
    public List<String> forms() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(headword), aliases.stream()).distinct().toList();
    }
  }

  /** A work cited under {@code sources:}: {@code key} or {@code "key, locator"}, with its place in glossary.yaml. */
  public record Source(String key, Optional<String> locator, int line, int column) {}

  public GlossaryEntry {
    senses = Collections.unmodifiableMap(new LinkedHashMap<>(senses));
    sources = List.copyOf(sources);
  }

  public Optional<Sense> sense(String lang) {
    return Optional.ofNullable(senses.get(lang));
  }
}
