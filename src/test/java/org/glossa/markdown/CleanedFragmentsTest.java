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
    CleanedFragments memo = new CleanedFragments(40); // each entry below costs 18 characters (input and output)
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
  void keepsNothingLargerThanItsBound() {
    CleanedFragments memo = new CleanedFragments(10);
    memo.clean("<p>too long</p>", clean);
    assertEquals(0, memo.size());
  }

  @Test
  void aRememberingProcessorRendersWhatAPlainOneRenders() {
    String text = "Tencent (腾讯) and *RAG* <script>alert(1)</script>, [a link](javascript:alert(1)).\n\n> quoted\n";
    MarkdownProcessor plain = new MarkdownProcessor(true);
    MarkdownProcessor remembering = MarkdownProcessor.remembering(true);
    String expected = plain.renderFragment(text, null, "zh-Hans");
    assertEquals(expected, remembering.renderFragment(text, null, "zh-Hans"));
    assertEquals(expected, remembering.renderFragment(text, null, "zh-Hans"), "again, from memory");
  }
}
