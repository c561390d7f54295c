package org.glossa.edition;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable claims of a note or definition, whatever its language: the works it cites, the
 * addresses it links to, and the numbers it states (years, days, months by name, percentages,
 * counts in digits, English number words and Chinese numerals). "One", "a hundred" and a lone 一
 * are left out: they are articles and idioms far more often than claims; so are ordinals (第二) and
 * round figures (数十, 几百, 上百).
 */
record Claims(Set<String> citations, Set<String> links, Set<Long> numbers) {
  private static final Pattern CITATION = Pattern.compile("\\[@[^\\]]*\\]");
  private static final Pattern KEY = Pattern.compile("@([A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?)");
  private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"]+");
  private static final Pattern CENTURY_DECADE = Pattern.compile("(\\d{1,2})世纪(\\d0)年代");
  private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})世纪");
  private static final Pattern DECADE = Pattern.compile("(?<![A-Za-z0-9])(\\d{3}0)s(?![A-Za-z])");
  private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z0-9.])(?<![A-Za-z]-)\\d{1,3}(?:,\\d{3})+(?![0-9])|(?<![A-Za-z0-9.])(?<![A-Za-z]-)\\d+(?![A-Za-z0-9])");
  private static final Pattern CHINESE = Pattern.compile("[〇零一二两三四五六七八九十百千万]+");
  /** Counters after which a single Chinese numeral is a number (两天, 七个, 三种); 一 alone is too often an article. */
  private static final String UNITS = "年月日天岁倍成个种层家位篇段项次名";
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
      Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
      Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L),
      Map.entry("january", 1L), Map.entry("february", 2L), Map.entry("march", 3L), Map.entry("april", 4L),
      Map.entry("may", 5L), Map.entry("june", 6L), Map.entry("july", 7L), Map.entry("august", 8L),
      Map.entry("september", 9L), Map.entry("october", 10L), Map.entry("november", 11L), Map.entry("december", 12L));
  private static final Pattern WORD = Pattern.compile("(?i)\\b(?:(two|three|four|five|six|seven|eight|nine|ten) )?("
      + String.join("|", WORDS.keySet()) + ")\\b");

  /** Traditional text (a generated zh-Hant sense) is read in Simplified script: 兩 is 两, 萬 is 万, 個 is 个. */
  private static final com.ibm.icu.text.Transliterator SIMPLIFIED = com.ibm.icu.text.Transliterator.getInstance("Hant-Hans");

  static Claims of(String source) {
    String markdown = SIMPLIFIED.transliterate(source);
    Set<String> citations = new TreeSet<>();
    Matcher c = CITATION.matcher(markdown);
    while (c.find()) {
      Matcher k = KEY.matcher(c.group());
      while (k.find()) {
        citations.add(k.group(1));
      }
    }
    String text = CITATION.matcher(markdown).replaceAll(" ");
    Set<String> links = new TreeSet<>();
    Matcher u = URL.matcher(text);
    while (u.find()) {
      links.add(u.group());
    }
    text = URL.matcher(text).replaceAll(" ");
    return new Claims(citations, links, numbers(text));
  }

  private static Set<Long> numbers(String text) {
    Set<Long> numbers = new TreeSet<>();
    text = replace(text, CENTURY_DECADE, m -> numbers.add((Long.parseLong(m.group(1)) - 1) * 100 + Long.parseLong(m.group(2))));
    text = replace(text, CENTURY, m -> numbers.add((Long.parseLong(m.group(1)) - 1) * 100));
    text = replace(text, DECADE, m -> numbers.add(Long.parseLong(m.group(1))));
    text = replace(text, DIGITS, m -> numbers.add(Long.parseLong(m.group().replace(",", ""))));
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String word = w.group(2).toLowerCase(java.util.Locale.ROOT);
      if (word.equals("may") && !Character.isUpperCase(w.group(2).charAt(0))) {
        continue;
      }
      long value = WORDS.get(word);
      String factor = w.group(1);
      if (word.equals("hundred") || word.equals("thousand")) {
        if (factor == null) {
          continue;
        }
        value *= WORDS.get(factor.toLowerCase(java.util.Locale.ROOT));
      } else if (factor != null) {
        numbers.add(WORDS.get(factor.toLowerCase(java.util.Locale.ROOT)));
      }
      numbers.add(value);
    }
    Matcher z = CHINESE.matcher(text);
    while (z.find()) {
      String run = z.group();
      char before = z.start() > 0 ? text.charAt(z.start() - 1) : ' ';
      if ("第数几上".indexOf(before) >= 0) {
        continue;
      }
      boolean unit = z.end() < text.length() && UNITS.indexOf(text.charAt(z.end())) >= 0 && !run.equals("一");
      if (run.length() >= 2 || unit) {
        chinese(run, numbers);
      }
    }
    return numbers;
  }

  /** 十九 is 19 and 两百 is 200; a run without 十, 百, 千 or 万 (三五) is several numbers. */
  private static void chinese(String run, Set<Long> numbers) {
    if (run.chars().noneMatch(ch -> "十百千万".indexOf(ch) >= 0)) {
      run.chars().forEach(ch -> numbers.add(digit((char) ch)));
      return;
    }
    long total = 0;
    long current = 0;
    for (char ch : run.toCharArray()) {
      long scale = switch (ch) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10000;
        default -> 0;
      };
      if (scale == 0) {
        current = digit(ch);
      } else {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
      }
    }
    numbers.add(total + current);
  }

  private static long digit(char ch) {
    return "〇一二三四五六七八九".indexOf(ch) >= 0 ? "〇一二三四五六七八九".indexOf(ch) : ch == '两' ? 2 : ch == '零' ? 0 : -1;
  }

  private static String replace(String text, Pattern pattern, java.util.function.Consumer<Matcher> sink) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      sink.accept(m);
      m.appendReplacement(sb, " ");
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
