package org.glossa.markdown.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Terms grouped by folded alias, the keys of the automaton. A group holds the aliases that share a
 * folded form: one all-lowercase alias, or several case-sensitive spellings ({@code To B}, {@code
 * TO B}), case-sensitive ones first so that an exact spelling wins over a case-insensitive one of
 * the same entry. Refuses an alias that could stand for two entries at the same place in a text.
 */
final class AliasTable {

  private final List<String> keys;
  private final List<CompiledTerm[]> groups;

  private AliasTable(List<String> keys, List<CompiledTerm[]> groups) {
    this.keys = keys;
    this.groups = groups;
  }

  static AliasTable of(Collection<Term> terms) {
    Map<String, List<CompiledTerm>> byKey = new LinkedHashMap<>();
    for (Term term : terms) {
      Objects.requireNonNull(term, "term");
      CompiledTerm compiled = CompiledTerm.of(term);
      List<CompiledTerm> group =
          byKey.computeIfAbsent(CaseFolding.fold(term.alias()), k -> new ArrayList<>());
      if (admit(group, compiled)) {
        group.add(compiled);
      }
    }
    List<String> keys = new ArrayList<>(byKey.size());
    List<CompiledTerm[]> groups = new ArrayList<>(byKey.size());
    Comparator<CompiledTerm> sensitiveFirst =
        Comparator.comparing(CompiledTerm::caseSensitive).reversed();
    byKey.forEach(
        (key, group) -> {
          keys.add(key);
          groups.add(group.stream().sorted(sensitiveFirst).toArray(CompiledTerm[]::new));
        });
    return new AliasTable(List.copyOf(keys), List.copyOf(groups));
  }

  /** The folded aliases, one per group. */
  List<String> keys() {
    return keys;
  }

  /** The terms whose folded alias is {@code keys().get(index)}. */
  CompiledTerm[] group(int index) {
    return groups.get(index);
  }

  /**
   * Whether {@code term} adds a new alias to {@code group}: false for a repeat, throws if it
   * clashes.
   */
  private static boolean admit(List<CompiledTerm> group, CompiledTerm term) {
    for (CompiledTerm other : group) {
      boolean sameAlias = other.alias().equals(term.alias());
      boolean sameEntry = other.entryId().equals(term.entryId());
      if (sameAlias && sameEntry) {
        return false;
      }
      boolean overlap = sameAlias || !other.caseSensitive() || !term.caseSensitive();
      if (overlap && !sameEntry) {
        throw new IllegalArgumentException(
            String.format(
                "alias '%s' of entry '%s' clashes with alias '%s' of entry '%s': the same text"
                    + " would stand for both (an all-lowercase alias matches any case)",
                term.alias(), term.entryId(), other.alias(), other.entryId()));
      }
    }
    return true;
  }
}
