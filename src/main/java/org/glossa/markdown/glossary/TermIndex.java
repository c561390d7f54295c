package org.glossa.markdown.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The glossary as one language sees it: a matcher over every headword and alias of that language,
 * and the lookup used by explicit {@code [[...]]} references.
 */
public final class TermIndex {
  public static final TermIndex EMPTY = new TermIndex(TermMatcher.of(List.of()), Map.of(), Set.of());

  private final TermMatcher matcher;
  private final Map<String, String> entryByForm;
  private final Set<String> entryIds;

  private TermIndex(TermMatcher matcher, Map<String, String> entryByForm, Set<String> entryIds) {
    this.matcher = matcher;
    this.entryByForm = entryByForm;
    this.entryIds = entryIds;
  }

  /**
   * @param formsByEntry entry id → its forms (headword and aliases) in this language
   * @throws IllegalArgumentException when one form belongs to two entries (see {@link TermMatcher#of})
   */
  public static TermIndex of(Map<String, List<String>> formsByEntry) {
    List<Term> terms = new ArrayList<>();
    Map<String, String> byForm = new HashMap<>();
    formsByEntry.forEach((id, forms) -> {
      for (String form : forms) {
        terms.add(new Term(form, id));
        byForm.putIfAbsent(form, id);
        byForm.putIfAbsent(form.toLowerCase(Locale.ROOT), id);
      }
    });
    return new TermIndex(TermMatcher.of(terms), Map.copyOf(byForm), Set.copyOf(formsByEntry.keySet()));
  }

  public TermMatcher matcher() {
    return matcher;
  }

  /** The entry an explicit reference means: an entry id, a form, or a form in other case. */
  public Optional<String> resolve(String target) {
    if (entryIds.contains(target)) {
      return Optional.of(target);
    }
    String id = entryByForm.get(target);
    return Optional.ofNullable(id != null ? id : entryByForm.get(target.toLowerCase(Locale.ROOT)));
  }
}
