package org.glossa.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryEntry;

/**
 * The glossary as search needs it: every entry's forms (headword and aliases) in every language,
 * so that a query that is a form in any language finds the passages that mention the entry in the
 * index's language ({@code 混元} on the English site finds "Hunyuan").
 */
public record SearchTerms(Map<String, Map<String, List<String>>> formsByEntry) {
  public static final SearchTerms NONE = new SearchTerms(Map.of());

  public SearchTerms {
    Map<String, Map<String, List<String>>> copy = new TreeMap<>();
    formsByEntry.forEach((id, byLang) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(byLang))));
    formsByEntry = Collections.unmodifiableMap(copy);
  }

  public static SearchTerms of(Glossary glossary) {
    Map<String, Map<String, List<String>>> forms = new TreeMap<>();
    for (GlossaryEntry e : glossary.list()) {
      Map<String, List<String>> byLang = new LinkedHashMap<>();
      e.senses().forEach((lang, sense) -> byLang.put(lang, sense.forms()));
      forms.put(e.id(), byLang);
    }
    return new SearchTerms(forms);
  }

  /** These terms plus the forms of a further language, e.g. the converted forms of zh-Hant: entry id → forms. */
  public SearchTerms withLanguage(String lang, Map<String, List<String>> formsById) {
    Map<String, Map<String, List<String>>> forms = new TreeMap<>();
    formsByEntry.forEach((id, byLang) -> forms.put(id, new LinkedHashMap<>(byLang)));
    formsById.forEach((id, list) -> forms.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(lang, List.copyOf(list)));
    return new SearchTerms(forms);
  }

  /** Entry id → forms in one language. */
  public Map<String, List<String>> formsIn(String lang) {
    Map<String, List<String>> out = new TreeMap<>();
    formsByEntry.forEach((id, byLang) -> {
      if (byLang.containsKey(lang)) {
        out.put(id, byLang.get(lang));
      }
    });
    return out;
  }
}
