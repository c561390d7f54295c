package org.glossa.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simplified → Traditional Chinese in the forms of Taiwan's Ministry of Education: the editor's
 * {@link PhraseTable} first (the longest phrase at each position wins), ICU4J's {@code Hans-Hant}
 * for everything else. ICU converts character by character with a list of phrase rules
 * ({@code 头发 → 頭髮}); its context stays the whole Simplified text, its glyph variants are replaced
 * by their standard forms ({@link HanVariants#standardise}: 鑒 → 鑑), and a phrase overrides the
 * result at the positions it covers. Last, quotation marks become corner brackets as Taiwan writes
 * them ({@code “…‘…’…”} → {@code 「…『…』…」}); an apostrophe between letters stays.
 *
 * <p>Also finds the places that still need an editor's review ({@link #unreviewed}). Instances are
 * immutable and safe to share between threads: ICU's rule-based transliterator serialises its calls
 * on its rule data, so one instance built once serves the whole build.
 */
public final class TraditionalConverter {
  private final PhraseTable phrases;
  private final HanVariants variants;
  private final Map<Integer, String> alone = new ConcurrentHashMap<>();

  public TraditionalConverter(PhraseTable phrases) {
    this(phrases, HanVariants.standard());
  }

  TraditionalConverter(PhraseTable phrases, HanVariants variants) {
    this.phrases = phrases;
    this.variants = variants;
  }

  /** A converter without editor's phrases: ICU alone. */
  public static TraditionalConverter icuOnly() {
    return new TraditionalConverter(PhraseTable.EMPTY);
  }

  public PhraseTable phrases() {
    return phrases;
  }

  /** The Traditional text: same length in characters, same line breaks, Latin text and punctuation unchanged. */
  public String convert(String simplified) {
    return CornerBrackets.apply(withoutPunctuation(simplified));
  }

  /** The converted characters, with the quotation marks still as in the Simplified text. */
  private String withoutPunctuation(String simplified) {
    List<PhraseTable.Match> matches = phrases.matches(simplified);
    String icu = icu(simplified);
    if (matches.isEmpty()) {
      return icu;
    }
    if (icu.length() != simplified.length()) {
      return convertPiecewise(simplified, matches);
    }
    StringBuilder out = new StringBuilder(icu);
    for (PhraseTable.Match m : matches) {
      out.replace(m.start(), m.end(), m.phrase().traditional());
    }
    return out.toString();
  }

  /** ICU's conversion in standard forms. */
  private String icu(String simplified) {
    return variants.standardise(Icu.toTraditional(simplified));
  }

  /** Fallback when ICU changed the length (a character mapped out of the BMP): convert between the phrases. */
  private String convertPiecewise(String simplified, List<PhraseTable.Match> matches) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (PhraseTable.Match m : matches) {
      out.append(icu(simplified.substring(at, m.start()))).append(m.phrase().traditional());
      at = m.end();
    }
    return out.append(icu(simplified.substring(at))).toString();
  }

  /** What ICU makes of one character on its own (its default form). */
  public String alone(int codePoint) {
    return alone.computeIfAbsent(codePoint, c -> icu(Character.toString(c)));
  }

  /**
   * Every position no phrase covers where the Traditional form is a choice: a flagged character
   * of {@link HanVariants}, or a character that ICU converts differently in this context than on
   * its own (its phrase rules fired, as in {@code 了解 → 瞭解}).
   */
  public List<Ambiguity> unreviewed(String simplified) {
    String icu = icu(simplified);
    boolean aligned = icu.length() == simplified.length();
    List<PhraseTable.Match> matches = phrases.matches(simplified);
    List<Ambiguity> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < simplified.length(); ) {
      int cp = simplified.codePointAt(i);
      int width = Character.charCount(cp);
      while (next < matches.size() && matches.get(next).end() <= i) {
        next++;
      }
      boolean covered = next < matches.size() && matches.get(next).start() <= i;
      if (!covered && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        String here = aligned ? icu.substring(i, i + width) : alone(cp);
        boolean contextual = !here.equals(alone(cp));
        if (variants.isFlagged(cp) || contextual) {
          out.add(new Ambiguity(i, cp, variants.forms(cp).orElse(alone(cp) + (contextual ? here : "")), here, contextual));
        }
      }
      i += width;
    }
    return out;
  }

  /**
   * Whether a phrase may write {@code traditional} for {@code simplified}: the same character, a
   * form the variants table lists, ICU's own form, or a character that ICU simplifies to it.
   */
  public boolean isTraditionalFormOf(int simplified, int traditional) {
    String t = new String(Character.toChars(traditional));
    return simplified == traditional
        || variants.lists(simplified, traditional)
        || alone(simplified).equals(t)
        || Icu.toSimplified(t).equals(new String(Character.toChars(simplified)));
  }

  /** ICU4J's two script transliterators, built once on first use (loading the rules takes 15–50 ms). */
  static final class Icu {
    private static final Transliterator HANS_HANT = Transliterator.getInstance("Hans-Hant");
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");

    private Icu() {}

    static String toTraditional(String text) {
      return HANS_HANT.transliterate(text);
    }

    static String toSimplified(String text) {
      return HANT_HANS.transliterate(text);
    }

    static String simplifyingRules() {
      return HANT_HANS.toRules(false);
    }
  }
}
