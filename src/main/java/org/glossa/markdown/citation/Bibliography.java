package org.glossa.markdown.citation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every work the edition cites, by key, in file order. */
public record Bibliography(Map<String, Reference> references) {
  public static final Bibliography EMPTY = new Bibliography(Map.of());

  public Bibliography {
    references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
  }

  public Optional<Reference> reference(String key) {
    return Optional.ofNullable(references.get(key));
  }
}
