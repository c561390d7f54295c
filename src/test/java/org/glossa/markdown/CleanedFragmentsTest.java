package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** serve's memory of the sanitiser's results: the same answers, each cleaned once, within its bound. */
class CleanedFragmentsTest {
  final List<String> cleaned = new ArrayList<>();
  final UnaryOperator<String> clean = html -> {
    cleaned.add(html);
    return html.replace("<script>", "");
  };

  @Test
  void cleansEachFragmentOnce() {
    CleanedFragments memo = new CleanedFragments();
    assertEquals("<p>a</p>", memo.clean("<script><p>a</p>", clean));
    assertEquals("<p>a</p>", memo.clean("<script><p>a</p>", clean));
    assertEquals("<p>b</p>", memo.clean("<p>b</p>", clean));
    assertEquals(List.of("<script><p>a</p>", "<p>b</p>"), cleaned);
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsBound() {
    long entry = 18 + CleanedFragments.ENTRY_COST; // "<p>aa</p>" in and out, and the entry's objects
    CleanedFragments memo = new CleanedFragments(2 * entry);
    memo.clean("<p>aa</p>", clean);
    memo.clean("<p>bb</p>", clean);
    memo.clean("<p>aa</p>", clean); // used again: bb is now the oldest
    memo.clean("<p>cc</p>", clean);
    assertEquals(2, memo.size());
    memo.clean("<p>aa</p>", clean);
    memo.clean("<p>bb</p>", clean);
    assertEquals(List.of("<p>aa</p>", "<p>bb</p>", "<p>cc</p>", "<p>bb</p>"), cleaned);
  }

  @Test
  void keepsNothingLargerThanItsBoundAndForgetsNothingForIt() {
    CleanedFragments memo = new CleanedFragments(18 + CleanedFragments.ENTRY_COST + 10);
    memo.clean("<p>aa</p>", clean);
    assertEquals("<p>far too long for the bound</p>", memo.clean("<script><p>far too long for the bound</p>", clean));
    assertEquals(1, memo.size(), "the small entry is still kept");
    memo.clean("<p>aa</p>", clean);
    assertEquals(List.of("<p>aa</p>", "<script><p>far too long for the bound</p>"), cleaned);
  }

  @Test
  void aRememberingProcessorRendersWhatAPlainOneRenders() {
    String text = "Tencent (腾讯) and *RAG* <script>alert(1)</script>, [a link](javascript:alert(1)).\n\n> quoted\n";
    MarkdownProcessor plain = new MarkdownProcessor(true);
    MarkdownProcessor remembering = MarkdownProcessor.remembering(true);
    String expected = plain.renderFragment(text, null, "zh-Hans");
    assertEquals(expected, remembering.renderFragment(text, null, "zh-Hans"));
    assertEquals(expected, remembering.renderFragment(text, null, "zh-Hans"), "again, its fragments now remembered");
  }
}
