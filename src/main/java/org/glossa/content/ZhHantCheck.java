package org.glossa.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Rule;
import org.glossa.text.Ambiguity;
import org.glossa.text.PhraseTable;
import org.glossa.text.Segmenter;
import org.glossa.text.TraditionalConverter;

/**
 * The review of the generated Traditional text, for {@code check}: every place of a Simplified
 * source whose Traditional form is a choice that no phrase of {@code zh-hant-phrases.yaml} has made
 * ({@link Rule#ZH_HANT_AMBIGUOUS}), and every phrase that applies nowhere any more
 * ({@link Rule#ZH_HANT_UNUSED_PHRASE}).
 */
public final class ZhHantCheck {
  private final TraditionalConverter converter;

  public ZhHantCheck(TraditionalConverter converter) {
    this.converter = converter;
  }

  /**
   * Warnings for the unreviewed places of {@code text}, a Simplified source that begins at line
   * {@code lineOffset + 1} of {@code path} (0 for a whole file, as {@code YamlMap} counts).
   */
  public List<Diagnostic> check(Path path, String text, int lineOffset) {
    List<Diagnostic> out = new ArrayList<>();
    LineIndex lines = new LineIndex(text);
    for (Ambiguity a : converter.unreviewed(text)) {
      String word = wordAround(text, a.offset());
      String because = a.contextual()
          ? "ICU's phrase rules write '" + a.icuChoice() + "' here"
          : "ICU writes '" + a.icuChoice() + "'";
      out.add(Diagnostic.warning(Rule.ZH_HANT_AMBIGUOUS, path, lineOffset + lines.line(a.offset()), lines.column(a.offset()),
          "'" + a.character() + "' has more than one Traditional form (" + spaced(a.forms()) + "): "
              + because + " in '" + word + "'",
          "review it and add the phrase to content/" + PhraseTableLoader.FILE + ", e.g. '" + word + ": "
              + converter.convert(word) + "'"));
    }
    return out;
  }

  private static String spaced(String forms) {
    return String.join(" ", forms.codePoints().mapToObj(Character::toString).toList());
  }

  /** Warnings at the phrases that apply in none of {@code texts} (all the Simplified sources of the edition). */
  public List<Diagnostic> unusedPhrases(Path tablePath, Collection<String> texts) {
    Set<PhraseTable.Phrase> used = new HashSet<>();
    for (String text : texts) {
      converter.phrases().matches(text).forEach(m -> used.add(m.phrase()));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (PhraseTable.Phrase p : converter.phrases().phrases()) {
      if (!used.contains(p)) {
        out.add(Diagnostic.warning(Rule.ZH_HANT_UNUSED_PHRASE, tablePath, p.line(), 1,
            "phrase '" + p.simplified() + "' occurs in no Chinese text of the edition",
            "remove it, or check whether a longer phrase hides it"));
      }
    }
    return out;
  }

  /** The dictionary word around {@code offset}, as a phrase to suggest; at least two characters. */
  private static String wordAround(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int lineEnd = text.indexOf('\n', offset);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    int at = offset - lineStart;
    for (Segmenter.Segment s : Segmenter.plain().words(line)) {
      if (s.start() <= at && at < s.end()) {
        if (s.end() - s.start() >= 2) {
          return s.text();
        }
        break;
      }
    }
    int start = Math.max(0, at - 1);
    int end = Math.min(line.length(), at + 2);
    return line.substring(start, end).strip();
  }

  /** Line and column (1-based, in chars) of an offset. */
  private static final class LineIndex {
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    int line(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }

    int column(int offset) {
      return offset - starts.get(line(offset) - 1) + 1;
    }
  }
}
