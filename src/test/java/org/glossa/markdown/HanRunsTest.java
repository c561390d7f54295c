package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chinese quoted in another language's text is marked with its language; Chinese text is left alone. */
class HanRunsTest {
  static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

  @Test
  void marksEachRunOfHanInAnEnglishText() {
    assertEquals("<p>Dowson Tong (<span lang=\"zh-Hans\">汤道生</span>) and “<span lang=\"zh-Hans\">腾讯云</span>”, "
        + "<em><span lang=\"zh-Hans\">混元</span></em>.</p>",
        MARKDOWN.renderFragment("Dowson Tong (汤道生) and “腾讯云”, *混元*.", null, "zh-Hans").strip());
  }

  @Test
  void keepsChinesePunctuationInsideTheRunAndSharedMarksOutside() {
    assertEquals("<p>The phrase “<span lang=\"zh-Hant\">拍胸口，說</span>” — ok.</p>",
        MARKDOWN.renderFragment("The phrase “拍胸口，說” — ok.", null, "zh-Hant").strip());
  }

  @Test
  void leavesAChineseTextAlone() {
    assertEquals("<p>腾讯云与RAG。</p>", MARKDOWN.renderFragment("腾讯云与RAG。", null, null).strip());
    assertEquals("<p>腾讯云与RAG。</p>", MARKDOWN.renderFragment("腾讯云与RAG。").strip());
  }
}
