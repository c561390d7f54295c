package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claim extractor behind {@link ClaimsParityTest}: what it counts as the same claim in Chinese and English. */
class ClaimsTest {
  @Test
  void datesInEitherLanguageGiveTheSameNumbers() {
    assertEquals(Claims.of("2020年1月23日，即农历新年前两天，武汉封城。").numbers(),
        Claims.of("Wuhan was locked down on 23 January 2020, two days before the Lunar New Year.").numbers());
    assertEquals(Set.of(1990L, 2000L), Claims.of("20世纪90年代……21世纪初").numbers());
    assertEquals(Set.of(1990L, 2000L), Claims.of("the 1990s … the early 2000s").numbers());
  }

  @Test
  void readsChineseNumeralsAndEnglishNumberWords() {
    assertEquals(Set.of(19L, 3L, 5L, 200L), Claims.of("十九年；三五年；两百余个").numbers());
    assertEquals(Set.of(19L, 3L, 5L, 200L), Claims.of("nineteen years; three to five years; more than two hundred").numbers());
    assertEquals(Set.of(2L), Claims.of("两年").numbers());
    assertEquals(Set.of(), Claims.of("一些公司；统一；第一篇；ICU4J；B2B；3D").numbers(), "words and names are not claims");
    assertEquals(Set.of(), Claims.of("it may be so").numbers(), "the verb may is not a month");
    assertEquals(Set.of(), Claims.of("Covid-19, one of a hundred flowers").numbers(), "names and idioms are not claims");
    assertEquals(Set.of(7L, 6L), Claims.of("七个事业群调整为六个").numbers());
    assertEquals(Set.of(), Claims.of("第二篇文本提到数十个模型").numbers(), "ordinals and round figures are not counts");
    assertEquals(Set.of(7L, 6L), Claims.of("seven business groups into six").numbers());
  }

  @Test
  void separatesCitationsAndLinksFromNumbers() {
    Claims claims = Claims.of("Created in 2018 [@gt-2018, para. 3; @thepaper-2018] (see <https://example.org/a1>).");
    assertEquals(Set.of("gt-2018", "thepaper-2018"), claims.citations());
    assertEquals(Set.of("https://example.org/a1"), claims.links());
    assertEquals(Set.of(2018L), claims.numbers());
  }

  @Test
  void aChangedYearOrSourceIsADifferentClaim() {
    assertNotEquals(Claims.of("2005年加入腾讯[@a]。"), Claims.of("joined Tencent in 2006 [@a]."));
    assertNotEquals(Claims.of("2005年加入腾讯[@a]。"), Claims.of("joined Tencent in 2005 [@b]."));
    assertEquals(Claims.of("2005年加入腾讯[@a]。"), Claims.of("joined Tencent in 2005 [@a]."));
  }
}
