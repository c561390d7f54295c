package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.glossa.config.AnnotationScope;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.glossary.Annotator;
import org.glossa.markdown.glossary.TermIndex;
import java.nio.charset.StandardCharsets;
import org.glossa.source.SourceEdits;
import org.glossa.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids written where an editor would write them, into every kind of block, change nothing else a reader sees. */
class IdInsertionTest {
  final MarkdownProcessor markdown = new MarkdownProcessor();

  private List<Unit> units(String text) {
    RenderRequest request = new RenderRequest(Path.of("t.md"), "t", "/g/", new Annotator(TermIndex.EMPTY, AnnotationScope.EVERY));
    return markdown.render(markdown.parse(text), request, new Diagnostics()).units();
  }

  private static String normalised(String raw) {
    return SourceFile.decode(Path.of("t.md"), raw.getBytes(StandardCharsets.UTF_8), new Diagnostics()).orElseThrow().text();
  }

  /** Writes the position ids into {@code text}; asserts every block now has its id written and renders as before. */
  private String withIds(String raw) {
    String text = normalised(raw);
    List<Unit> before = units(text);
    List<String> ids = before.stream().map(Unit::id).toList();
    String updated = SourceEdits.apply(raw, markdown.idInsertions(text, ids));
    List<Unit> after = units(normalised(updated));
    assertEquals(before.size(), after.size(), updated);
    for (int i = 0; i < before.size(); i++) {
      assertTrue(after.get(i).explicitId(), "block " + (i + 1) + " has its id written:\n" + updated);
      assertEquals(ids.get(i), after.get(i).id(), updated);
      assertEquals(before.get(i).html(), after.get(i).html(), updated);
      assertEquals(before.get(i).turn(), after.get(i).turn(), updated);
      assertEquals(before.get(i).kind(), after.get(i).kind(), updated);
    }
    assertEquals(updated, SourceEdits.apply(updated, markdown.idInsertions(normalised(updated), ids)), "writing ids twice changes nothing");
    return updated;
  }

  @Test
  void writesTheIdOnTheLineAfterAParagraphAndAtTheEndOfAHeading() {
    assertEquals("""
        ---
        title: x
        ---

        ## 标题 {#p1}

        第一段，
        两行。
        {#p2}
        """, withIds("""
        ---
        title: x
        ---

        ## 标题

        第一段，
        两行。
        """));
  }

  @Test
  void writesTheIdIntoAnAttributeBlockThatIsAlreadyThere() {
    assertEquals("问？\n{#p1 turn=q}\n\n答。 {#p2 .keep}\n\n## 小标题 {#p3 .x}\n", withIds("问？\n{turn=q}\n\n答。 {.keep}\n\n## 小标题 {.x}\n"));
  }

  @Test
  void keepsExistingIdsAndNumbersAroundThem() {
    assertEquals("一。\n{#p1}\n\n二。\n{#p2}\n\n三。\n{#p3}\n", withIds("一。\n\n二。\n{#p2}\n\n三。\n"));
    assertEquals("一。\n{#p3}\n\n二。\n{#p1}\n", withIds("一。\n\n二。\n{#p1}\n"), "p1 is taken: the next free number past the highest");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "- 一\n- 二\n\n后文。\n",
      "- 一\n- 二\n",
      "1. 一\n2. 二\n   续行\n",
      "> 引文\n> 两行\n\n后文。\n",
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n后文。\n",
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "```\ncode {#not-an-id}\n```\n后文。\n",
      "<div>html</div>\n\n后文。\n",
      "***\n后文。\n",
      "标题\n====\n\n后文。\n",
      "## 标题 ##\n\n后文。\n",
      "结尾没有换行",
      "有注。[^a]\n\n[^a]: 注。\n",
      "参见 [链接][r]。\n\n[r]: https://example.org/\n",
      "硬换行  \n第二行\n",
  })
  void writesIdsIntoEveryKindOfBlockWithoutChangingIt(String text) {
    withIds(text);
  }

  @Test
  void keepsWindowsLineEnds() {
    String updated = withIds("- 一\r\n- 二\r\n\r\n后文。\r\n");
    assertEquals("- 一\r\n- 二\r\n\r\n{#p1}\r\n\r\n后文。\r\n{#p2}\r\n", updated);
  }
}
