package org.glossa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
  private final TokenMemo memo;

  public SearchIndexBuilder(SearchTerms terms) {
    this(terms, TokenMemo.NONE);
  }

  /** @param memo the passages' tokens remembered from the last index ({@code serve}'s), or {@link TokenMemo#NONE} */
  public SearchIndexBuilder(SearchTerms terms, TokenMemo memo) {
    this.terms = terms;
    this.memo = memo;
  }

  /** The index of {@code lang} over {@code passages}, which must all be in that language. */
  public SearchIndex build(String lang, List<Passage> passages) {
    Map<String, String> ownForms = ownForms(lang);
    Map<String, List<String>> formsInLang = terms.formsIn(lang);
    Segmenter segmenter = Segmenter.keeping(formsInLang.values().stream().flatMap(List::stream).toList());
    TokenMemo.Index remembered = memo.index(lang, formsInLang);
    Map<String, Integer> articleNumbers = new LinkedHashMap<>();
    List<SearchIndex.Article> articles = new ArrayList<>();
    List<SearchIndex.Entry> entries = new ArrayList<>();
    PassageLists tokens = new PassageLists();
    PassageLists mentions = new PassageLists();
    BitSet han = new BitSet();
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
      TokenMemo.PassageTokens passage = remembered.of(p.text(), text -> passageTokens(text, segmenter, ownForms));
      for (String token : passage.tokens()) {
        tokens.add(token, i);
        addHan(token, han);
      }
      for (String entry : passage.mentions()) {
        mentions.add(entry, i);
      }
    }
    remembered.done();
    SortedMap<String, String> forms = allForms();
    forms.keySet().forEach(f -> addHan(f, han));
    Set<Integer> hanCharacters = han.stream().boxed().collect(Collectors.toSet());
    return new SearchIndex(lang, HanFolding.foldingInto(hanCharacters), articles, entries, tokens.sorted(), mentions.sorted(), forms);
  }

  /** Three Han characters or more, and nothing else. */
  private static boolean isHanWord(String word) {
    int count = 0;
    for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
      if (!SearchText.isHan(word.codePointAt(i))) {
        return false;
      }
      count++;
    }
    return count >= 3;
  }

  private static void addHan(String text, BitSet han) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (SearchText.isHan(cp)) {
        han.set(cp);
      }
      i += Character.charCount(cp);
    }
  }

  /** The tokens of one passage's text, and the entries it mentions in order. */
  private static TokenMemo.PassageTokens passageTokens(String text, Segmenter segmenter, Map<String, String> ownForms) {
    String folded = SearchText.fold(text);
    Set<String> out = SearchText.tokens(folded);
    List<String> mentioned = new ArrayList<>();
    for (Segmenter.Segment s : segmenter.words(text)) {
      String word = folded.substring(s.start(), s.end());
      if (isHanWord(word)) {
        out.add(word);
      }
      String entry = s.kind() == Segmenter.Kind.TERM ? ownForms.get(word) : null;
      if (entry != null) {
        mentioned.add(entry);
      }
    }
    return new TokenMemo.PassageTokens(List.copyOf(out), List.copyOf(mentioned));
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

  /** Key → ascending passage numbers, each once; plain ints, since a large edition has millions. */
  private static final class PassageLists {
    private static final class Ints {
      int[] items = new int[4];
      int size;
    }

    private final Map<String, Ints> lists = new HashMap<>();

    /** Adds {@code passage}, which is never below the last one added for {@code key}. */
    void add(String key, int passage) {
      Ints list = lists.computeIfAbsent(key, k -> new Ints());
      if (list.size > 0 && list.items[list.size - 1] == passage) {
        return;
      }
      if (list.size == list.items.length) {
        list.items = Arrays.copyOf(list.items, list.size * 2);
      }
      list.items[list.size++] = passage;
    }

    SortedMap<String, int[]> sorted() {
      SortedMap<String, int[]> out = new TreeMap<>();
      lists.forEach((key, list) -> out.put(key, Arrays.copyOf(list.items, list.size)));
      return out;
    }
  }
}
