package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A glossary of the size a large edition might reach, over a long text, checked against the naive
 * reference. Han aliases come from a small set of characters so that they share prefixes and
 * suffixes and nest inside each other, which exercises the failure and output links.
 */
class TermMatcherScaleTest {

  private static final int TERMS = 5_000;
  private static final int TEXT_CHARS = 200_000;
  private static final String HAN = "腾讯混元大模型云计算智能产业互联网平台数据安全服务企业微信会议支付游戏音乐视频开放生态";
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String FILLER = " ,.、。（）-0123456789";

  @Test
  void agreesWithNaiveMatcherOnLargeGlossaryAndLongText() {
    Random random = new Random(5_000_200L);
    List<Term> terms = randomTerms(random);
    String text = randomText(random, terms);

    List<TermMatch> actual = TermMatcher.of(terms).findAll(text);

    assertEquals(TERMS, terms.size());
    assertTrue(text.length() >= TEXT_CHARS);
    assertTrue(actual.size() > TEXT_CHARS / 20, "matches: " + actual.size());
    assertSameMatches(new NaiveTermMatcher(terms).findAll(text), actual, text);
  }

  /** Like assertEquals, but names the first difference instead of printing thousands of matches. */
  private static void assertSameMatches(
      List<TermMatch> expected, List<TermMatch> actual, String text) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      TermMatch want = i < expected.size() ? expected.get(i) : null;
      TermMatch got = i < actual.size() ? actual.get(i) : null;
      if (!Objects.equals(want, got)) {
        int at =
            Math.min(
                want == null ? text.length() : want.start(),
                got == null ? text.length() : got.start());
        String near = text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20));
        fail("match " + i + ": expected " + want + " but was " + got + " near '" + near + "'");
      }
    }
  }

  private static List<Term> randomTerms(Random random) {
    List<Term> terms = new ArrayList<>();
    Set<String> folded = new HashSet<>();
    while (terms.size() < TERMS) {
      String alias = random.nextInt(10) < 7 ? hanAlias(random) : latinAlias(random);
      if (folded.add(CaseFolding.fold(alias))) {
        terms.add(new Term(alias, "entry-" + terms.size()));
      }
    }
    return terms;
  }

  private static String hanAlias(Random random) {
    return randomChars(random, HAN, 2 + random.nextInt(5));
  }

  private static String latinAlias(Random random) {
    String word = randomChars(random, LATIN, 2 + random.nextInt(7));
    if (random.nextInt(4) == 0) {
      word += " " + randomChars(random, LATIN, 1 + random.nextInt(5));
    }
    return random.nextBoolean() ? word.toLowerCase(Locale.ROOT) : word;
  }

  private static String randomText(Random random, List<Term> terms) {
    StringBuilder text = new StringBuilder(TEXT_CHARS + 64);
    while (text.length() < TEXT_CHARS) {
      int pick = random.nextInt(10);
      if (pick < 4) {
        String alias = terms.get(random.nextInt(terms.size())).alias();
        text.append(random.nextInt(5) == 0 ? alias.toUpperCase(Locale.ROOT) : alias);
      } else if (pick < 7) {
        text.append(randomChars(random, HAN, 1 + random.nextInt(3)));
      } else if (pick < 9) {
        text.append(randomChars(random, FILLER, 1));
      } else {
        text.append(randomChars(random, LATIN, 1 + random.nextInt(4)));
      }
    }
    return text.toString();
  }

  private static String randomChars(Random random, String alphabet, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
