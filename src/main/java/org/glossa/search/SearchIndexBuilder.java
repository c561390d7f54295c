package org.glossa.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glossa.text.HanFolding;
import org.glossa.text.Segmenter;

/**
 * Builds the {@link SearchIndex} of one language from its passages: {@link SearchText}'s tokens,
 * plus the Han words of three characters or more that the glossary-aware {@link Segmenter} finds
 * (so a whole word ranks above a mere string of bigrams), plus the glossary entries each passage
 * mentions in any of the language's forms.
 */
public final class SearchIndexBuilder {
  private final SearchTerms terms;

  public SearchIndexBuilder(SearchTerms terms) {
    this.terms = terms;
  }

  /** The index of {@code lang} over {@code passages}, which must all be in that language. */
  public SearchIndex build(String lang, List<Passage> passages) {
    Map<String, String> ownForms = ownForms(lang);
    Segmenter segmenter = Segmenter.keeping(terms.formsIn(lang).values().stream().flatMap(List::stream).toList());
    Map<String, Integer> articleNumbers = new LinkedHashMap<>();
    List<SearchIndex.Article> articles = new ArrayList<>();
    List<SearchIndex.Entry> entries = new ArrayList<>();
    Map<String, List<Integer>> tokens = new TreeMap<>();
    Map<String, List<Integer>> mentions = new TreeMap<>();
    Set<Integer> han = new TreeSet<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (!p.lang().equals(lang)) {
        throw new IllegalArgumentException("passage " + p.articleUrl() + "#" + p.id() + " is in " + p.lang() + ", not " + lang);
      }
      Integer article = articleNumbers.computeIfAbsent(p.articleUrl(), url -> {
        articles.add(new SearchIndex.Article(url, p.articleTitle()));
        return articles.size() - 1;
      });
      entries.add(new SearchIndex.Entry(article, p.id(), p.text()));
      String folded = SearchText.fold(p.text());
      folded.codePoints().filter(SearchText::isHan).forEach(han::add);
      for (String token : passageTokens(folded, p.text(), segmenter, ownForms, mentions, i)) {
        tokens.computeIfAbsent(token, k -> new ArrayList<>()).add(i);
      }
    }
    SortedMap<String, String> forms = allForms();
    forms.keySet().forEach(f -> f.codePoints().filter(SearchText::isHan).forEach(han::add));
    return new SearchIndex(lang, HanFolding.foldingInto(han), articles, entries, postings(tokens), postings(mentions), forms);
  }

  /** The tokens of one passage; records the entries it mentions in {@code mentions}. */
  private static Set<String> passageTokens(String folded, String text, Segmenter segmenter, Map<String, String> ownForms,
      Map<String, List<Integer>> mentions, int passage) {
    Set<String> out = new TreeSet<>(SearchText.tokens(folded));
    for (Segmenter.Segment s : segmenter.words(text)) {
      String word = folded.substring(s.start(), s.end());
      if (word.codePoints().filter(SearchText::isHan).count() >= 3 && word.codePoints().allMatch(SearchText::isHan)) {
        out.add(word);
      }
      String entry = s.kind() == Segmenter.Kind.TERM ? ownForms.get(word) : null;
      if (entry != null) {
        List<Integer> list = mentions.computeIfAbsent(entry, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != passage) {
          list.add(passage);
        }
      }
    }
    return out;
  }

  /** Folded form in {@code lang} → entry id. */
  private Map<String, String> ownForms(String lang) {
    Map<String, String> out = new TreeMap<>();
    terms.formsIn(lang).forEach((id, list) -> list.forEach(f -> out.putIfAbsent(SearchText.fold(f.strip()), id)));
    return out;
  }

  /** Folded form in any language → entry id; where two entries share a form, the first id in order keeps it. */
  private SortedMap<String, String> allForms() {
    SortedMap<String, String> out = new TreeMap<>();
    terms.formsByEntry().forEach((id, byLang) -> byLang.values().forEach(list -> list.forEach(
        f -> out.putIfAbsent(SearchText.fold(f.strip()), id))));
    return out;
  }

  private static SortedMap<String, int[]> postings(Map<String, List<Integer>> lists) {
    SortedMap<String, int[]> out = new TreeMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
