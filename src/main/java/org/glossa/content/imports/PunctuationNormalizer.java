package org.glossa.content.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.imports.AuditEntry.Kind;

/**
 * Turns ASCII {@code , : ; ? ! ( )} inside Chinese text into full-width marks, following W3C clreq.
 * Each mark is decided from its context: it converts when a neighbour is Han, or when it ends or
 * continues a Chinese sentence (Han since the last sentence end or opening quote) and does not sit
 * inside a Latin run or a number ({@code Software is eating the world, really}, {@code 1,000},
 * {@code 23:44:13}). Parentheses convert as a pair when a neighbour inside or outside is Han. URLs and
 * quotation marks are left alone.
 */
final class PunctuationNormalizer {
  private static final Map<Character, Character> FULL_WIDTH =
      Map.of(',', '，', ':', '：', ';', '；', '?', '？', '!', '！', '(', '（', ')', '）');
  private static final String OPENERS = "“‘「『（(《〈【\"";
  private static final Pattern URL =
      Pattern.compile("(?i)(?<![a-z0-9])(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s\\p{IsHan}，。、；：？！“”‘’（）《》]+"
          + "|[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}");

  List<SourceLine> apply(List<SourceLine> lines, List<AuditEntry> audit) {
    List<SourceLine> result = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      result.add(normalise(line, audit));
    }
    return result;
  }

  SourceLine normalise(SourceLine line, List<AuditEntry> audit) {
    String text = line.text();
    boolean[] protectedChars = urls(text);
    Map<Integer, String> decisions = new TreeMap<>(parentheses(text, protectedChars));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (",:;?!".indexOf(c) >= 0 && !protectedChars[i]) {
        String reason = markReason(text, i);
        if (reason != null) {
          decisions.put(i, reason);
        }
      }
    }
    SourceLine current = line;
    for (Map.Entry<Integer, String> d : decisions.entrySet()) {
      int i = d.getKey();
      String full = String.valueOf(FULL_WIDTH.get(text.charAt(i)));
      audit.add(new AuditEntry(line.number(), line.column(i), Kind.NORMALISED_PUNCTUATION,
          String.valueOf(text.charAt(i)), full, d.getValue()));
      current = current.replace(i, i + 1, full);
    }
    return current;
  }

  /** Why the mark at {@code i} converts, or null when it stays ASCII. */
  static String markReason(String text, int i) {
    if (isHanAt(text, i - 1) || isHanAt(text, i + 1)) {
      return "next to Han";
    }
    if (isLatinAt(text, skipSpaces(text, i - 1, -1)) && isLatinAt(text, skipSpaces(text, i + 1, 1))) {
      return null;
    }
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (CharKinds.isSentenceEnd(c) || OPENERS.indexOf(c) >= 0) {
        break;
      }
      if (isHanAt(text, j)) {
        return "in a Chinese sentence";
      }
    }
    return null;
  }

  /** The decisions for ASCII parentheses that pair up and have a Han neighbour inside or outside. */
  static Map<Integer, String> parentheses(String text, boolean[] protectedChars) {
    Map<Integer, String> decisions = new TreeMap<>();
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      if (protectedChars[i]) {
        continue;
      }
      if (text.charAt(i) == '(') {
        open.push(i);
      } else if (text.charAt(i) == ')' && !open.isEmpty()) {
        int start = open.pop();
        if (isHanAt(text, start + 1) || isHanAt(text, i - 1)) {
          decisions.put(start, "parenthesis around Han");
          decisions.put(i, "parenthesis around Han");
        } else if (isHanAt(text, start - 1) || isHanAt(text, i + 1)) {
          decisions.put(start, "parenthesis next to Han");
          decisions.put(i, "parenthesis next to Han");
        }
      }
    }
    return decisions;
  }

  static boolean[] urls(String text) {
    boolean[] inside = new boolean[text.length()];
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,:;?!)".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      for (int i = m.start(); i < end; i++) {
        inside[i] = true;
      }
    }
    return inside;
  }

  private static int skipSpaces(String text, int i, int step) {
    while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
      i += step;
    }
    return i;
  }

  /** Whether the code point the char at {@code i} belongs to (either half of a surrogate pair) is Han. */
  private static boolean isHanAt(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    boolean lowHalf = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    return CharKinds.isHan(Character.codePointAt(text, lowHalf ? i - 1 : i));
  }

  private static boolean isLatinAt(String text, int i) {
    return i >= 0 && i < text.length() && CharKinds.isLatinOrDigit(text.charAt(i));
  }
}
