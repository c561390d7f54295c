package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.glossa.content.Speaker;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class MarkdownWriterTest {
  private static Unit unit(String id, Unit.Kind kind, String text, String speaker, List<Unit.Note> notes) {
    return new Unit(id, kind, text, speaker, Fixtures.line(text), 0, notes);
  }

  @Test
  void escapesMarkdownSpecialCharacters() {
    assertEquals("a\\*b\\_c\\[d\\]e\\<f\\`g\\{h\\~i\\\\", MarkdownWriter.escape("a*b_c[d]e<f`g{h~i\\", true));
    assertEquals("\\# 不是标题", MarkdownWriter.escape("# 不是标题", true));
    assertEquals("\\> 不是引文", MarkdownWriter.escape("> 不是引文", true));
    assertEquals("2023\\. 不是列表", MarkdownWriter.escape("2023. 不是列表", true));
    assertEquals("\\- 不是列表", MarkdownWriter.escape("- 不是列表", true));
    assertEquals("中间的#和>不变", MarkdownWriter.escape("中间的#和>不变", true));
  }

  @Test
  void writesUnitsWithIdsTurnsHeadingsAndFootnotesInOrder() {
    Unit.Note gap = new Unit.Note(3, "gap-1", "原文此处未载提问。", false);
    Unit.Note sic = new Unit.Note(4, "sic-1", "原文作“AIPI”，当为“API”。", true);
    Article article = new Article("标题", List.of(
        unit("p1", Unit.Kind.HEADING, "小标题", "", List.of()),
        unit("p2", Unit.Kind.PARAGRAPH, "很早期", "tong", List.of(gap)),
        unit("p3", Unit.Kind.PARAGRAPH, "AIPI接口", "", List.of(sic))));
    String md = new MarkdownWriter().write(article, SourceMeta.empty(), "");
    assertEquals("---\ntitle: 标题\n---\n\n## 小标题 {#p1}\n\n很早期[^gap-1]\n{#p2 turn=tong}\n\n"
        + "AIPI\\[sic\\][^sic-1]接口\n{#p3}\n\n[^gap-1]: 原文此处未载提问。\n\n[^sic-1]: 原文作“AIPI”，当为“API”。\n", md);
  }

  @Test
  void writesFrontMatterThatReadsBackAsTheSameValues() {
    SourceMeta meta = new SourceMeta("a/b", "", "2023-09", "month", "来源未注明日期：据正文推断", "x: y",
        Map.of("tong", new SourceMeta.LabelledSpeaker(new Speaker("tong", "汤道生, Tong", Speaker.Role.INTERVIEWEE), List.of())), "第一行\n第二行\n");
    String md = new MarkdownWriter().write(new Article("- 123", List.of()), meta, "2023-09");
    Map<String, Object> yaml = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4) + 1));
    assertEquals("- 123", yaml.get("title"));
    assertEquals("2023-09", yaml.get("date"));
    assertEquals("x: y", yaml.get("outlet"));
    assertEquals("第一行\n第二行\n", yaml.get("note"));
    assertEquals(Map.of("name", "汤道生, Tong", "role", "interviewee"), ((Map<?, ?>) yaml.get("speakers")).get("tong"));
    assertTrue(md.contains("dateNote: 来源未注明日期：据正文推断\n"), md);
  }

  @Test
  void quotesYamlScalarsOnlyWhenNeeded() {
    assertEquals("对话腾讯汤道生：AI不止于大模型", MarkdownWriter.scalar("对话腾讯汤道生：AI不止于大模型", false));
    assertEquals("《潜望》", MarkdownWriter.scalar("《潜望》", true));
    assertEquals("\"true\"", MarkdownWriter.scalar("true", false));
    assertEquals("\"a: b\"", MarkdownWriter.scalar("a: b", false));
    assertEquals("\"a, b\"", MarkdownWriter.scalar("a, b", true));
  }
}
