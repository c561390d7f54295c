package org.glossa.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomatonTest {

  /** Every occurrence as {@code key@end}, in the order the automaton reports them. */
  private static List<String> occurrences(List<String> keys, String text) {
    Automaton automaton = Automaton.build(keys);
    List<String> found = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.next(state, text.charAt(i));
      for (int s = automaton.firstOutput(state); s != Automaton.NONE; s = automaton.nextOutput(s)) {
        assertEquals(keys.get(automaton.key(s)).length(), automaton.depth(s));
        found.add(keys.get(automaton.key(s)) + "@" + (i + 1));
      }
    }
    return found;
  }

  @Test
  void reportsEveryOccurrenceLongestFirstAtEachEnd() {
    List<String> keys = List.of("he", "she", "his", "hers");
    assertEquals(List.of("she@4", "he@4", "hers@6"), occurrences(keys, "ushers"));
  }

  @Test
  void reportsNestedChineseKeysThroughOutputLinks() {
    List<String> keys = List.of("混元大模型", "大模型", "模型", "混元");
    assertEquals(List.of("混元@2", "混元大模型@5", "大模型@5", "模型@5"), occurrences(keys, "混元大模型"));
  }

  @Test
  void followsFailureLinksAfterMismatch() {
    List<String> keys = List.of("腾讯会议室", "会议");
    assertEquals(List.of("会议@4", "会议@8"), occurrences(keys, "腾讯会议腾讯会议"));
  }

  @Test
  void reportsOverlappingRepeats() {
    assertEquals(List.of("aa@2", "aa@3", "aa@4"), occurrences(List.of("aa"), "aaaa"));
  }

  @Test
  void findsNothingWithoutKeys() {
    assertEquals(List.of(), occurrences(List.of(), "腾讯"));
  }
}
