package org.glossa.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tokens of the passages a language's last index was made from, for {@code serve}: after an
 * edit, the index is made again from every passage, and all but the edited ones are as they were.
 * A passage's tokens depend only on its text and on the glossary's forms in its language, so they
 * are remembered per language while those forms stay the same; only the passages of the last index
 * are kept. {@link #NONE} remembers nothing (a clean build).
 */
public final class TokenMemo {
  /** What a passage gives the index: its tokens, and the glossary entries it mentions, in order. */
  record PassageTokens(List<String> tokens, List<String> mentions) {}

  /** Remembers nothing. */
  public static final TokenMemo NONE = new TokenMemo(false);

  private record Kept(Object forms, Map<String, PassageTokens> byText) {}

  private final boolean remembers;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  private TokenMemo(boolean remembers) {
    this.remembers = remembers;
  }

  /** A memo that remembers each language's last index's passages. */
  public static TokenMemo remembering() {
    return new TokenMemo(true);
  }

  /** One index being made: looks texts up in the last index of its language, and keeps what this one uses. */
  final class Index {
    private final String lang;
    private final Object forms;
    private final Map<String, PassageTokens> last;
    private final Map<String, PassageTokens> used = new HashMap<>();

    private Index(String lang, Object forms, Map<String, PassageTokens> last) {
      this.lang = lang;
      this.forms = forms;
      this.last = last;
    }

    PassageTokens of(String text, Function<String, PassageTokens> tokenize) {
      if (!remembers) {
        return tokenize.apply(text);
      }
      PassageTokens tokens = used.get(text);
      if (tokens == null) {
        tokens = last.get(text);
        if (tokens == null) {
          tokens = tokenize.apply(text);
        }
        used.put(text, tokens);
      }
      return tokens;
    }

    /** The index is made: what it used is what the next index of its language may reuse. */
    void done() {
      if (remembers) {
        kept.put(lang, new Kept(forms, used));
      }
    }
  }

  /** Starts an index of {@code lang} made with the glossary forms {@code forms} (a value with {@code equals}). */
  Index index(String lang, Object forms) {
    Kept k = remembers ? kept.get(lang) : null;
    return new Index(lang, forms, k != null && k.forms().equals(forms) ? k.byText() : Map.of());
  }
}
