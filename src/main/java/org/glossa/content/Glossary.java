package org.glossa.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All glossary entries, in file order, by id. */
public record Glossary(Map<String, GlossaryEntry> entries) {
  public static final Glossary EMPTY = new Glossary(Map.of());

  public Glossary {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public Optional<GlossaryEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Each entry's forms (headword and aliases) in one language, for a {@code TermIndex}. */
  public Map<String, List<String>> formsIn(String lang) {
    Map<String, List<String>> forms = new LinkedHashMap<>();
    entries.forEach((id, e) -> e.sense(lang).ifPresent(s -> forms.put(id, s.forms())));
    return forms;
  }

  public List<GlossaryEntry> list() {
    return List.copyOf(entries.values());
  }
}
