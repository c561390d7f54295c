package org.glossa.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pinyin goes over Han characters only; the markup is valid HTML whatever the headword mixes. */
class RubyTest {
  @Test
  void putsOnlyHanCharactersInRuby() {
    assertEquals("<ruby>生<rt>shēng</rt>成<rt>chéng</rt>式<rt>shì</rt></ruby>AI",
        GlossaryViews.ruby("生成式AI", List.of("shēng", "chéng", "shì")));
    assertEquals("To B<ruby>业<rt>yè</rt>务<rt>wù</rt></ruby>", GlossaryViews.ruby("To B业务", List.of("yè", "wù")));
    assertEquals("<ruby>腾<rt>téng</rt>讯<rt>xùn</rt></ruby> &amp; <ruby>云<rt>yún</rt></ruby>",
        GlossaryViews.ruby("腾讯 & 云", List.of("téng", "xùn", "yún")));
  }
}
