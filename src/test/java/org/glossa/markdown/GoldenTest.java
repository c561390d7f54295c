package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.config.AnnotationScope;
import java.util.Optional;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.CitationStyle;
import org.glossa.markdown.citation.LocalText;
import org.glossa.markdown.citation.Reference;
import org.glossa.markdown.glossary.Annotator;
import org.glossa.text.PartialDate;
import org.glossa.markdown.glossary.TermIndex;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs: every {@code golden/<case>.md} renders to {@code golden/<case>.html} (units with their
 * ids and turns, then the notes). Run with {@code -Dglossa.golden.update=true} to rewrite the
 * expected files deliberately, then review the diff.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("glossa.golden.update");
  final MarkdownProcessor markdown = new MarkdownProcessor();

  @TestFactory
  Stream<DynamicTest> rendersEveryGoldenCase() throws IOException {
    return cases().stream().map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> {
      Path html = Path.of(md.toString().replaceFirst("\\.md$", ".html"));
      String lang = md.getFileName().toString().contains("-zh") ? "zh-Hans" : "en";
      String actual = render(Files.readString(md, StandardCharsets.UTF_8), lang);
      if (UPDATE) {
        Files.writeString(html, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(html, StandardCharsets.UTF_8), actual);
      assertEquals(actual, render(Files.readString(md, StandardCharsets.UTF_8), lang), "rendering is repeatable");
    }));
  }

  @Test
  void everyGoldenInputHasItsExpectedOutput() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        String other = name.endsWith(".md") ? name.replaceFirst("\\.md$", ".html") : name.replaceFirst("\\.html$", ".md");
        assertTrue(Files.exists(DIR.resolve(other)), "unpaired golden file " + name);
      }
    }
  }

  /** The works the golden cases may cite: one English with a URL, one Chinese with an author, one without URL or date. */
  static final Bibliography BIBLIOGRAPHY = new Bibliography(Map.of(
      "globaltimes-2018", new Reference("globaltimes-2018", LocalText.NONE, LocalText.of("Global Times"),
          Optional.of("Tencent announces restructuring, new business groups"), PartialDate.parse("2018-10-01"),
          Optional.of("http://www.globaltimes.cn/content/1121599.shtml"), "en", LocalText.NONE, 1),
      "thepaper-2018", new Reference("thepaper-2018", LocalText.of("杨鑫倢"), new LocalText(Optional.empty(),
          Map.of("en", "The Paper", "zh-Hans", "澎湃新闻")), Optional.of("腾讯架构大调整玄机"), PartialDate.parse("2018-09-30"),
          Optional.of("https://www.thepaper.cn/newsDetail_forward_2490458"), "zh-Hans", LocalText.NONE, 5),
      "no-url", new Reference("no-url", LocalText.NONE, LocalText.of("每日经济新闻 <Daily>"), Optional.empty(), PartialDate.parse("2019-01"),
          Optional.empty(), "zh-Hans", LocalText.NONE, 9)));

  private String render(String text, String lang) {
    Diagnostics diagnostics = new Diagnostics();
    TermIndex index = TermIndex.of(Map.of("rag", List.of("RAG", "检索增强生成"), "hunyuan", List.of("混元"),
        "hunyuan-model", List.of("混元大模型"), "tencent-meeting", List.of("腾讯会议"), "tencent", List.of("腾讯"), "large-model", List.of("大模型"),
        "model-store", List.of("模型商店")));
    RenderRequest request = new RenderRequest(Path.of("golden.md"), "t", "/g/", new Annotator(index, AnnotationScope.FIRST_PER_ARTICLE),
        new CitationStyle(BIBLIOGRAPHY, lang));
    RenderedDocument doc = markdown.render(markdown.parse(text), request, diagnostics);
    StringBuilder sb = new StringBuilder();
    for (Unit u : doc.units()) {
      sb.append("<!-- ").append(u.id()).append(u.explicitId() ? "" : " (generated)").append(' ').append(u.kind())
          .append(u.turn().map(t -> " turn=" + t).orElse("")).append(u.sourceHash().map(h -> " src=" + h).orElse(""))
          .append(" line ").append(u.line()).append(" -->\n").append(u.html()).append('\n');
    }
    doc.citations().forEach(key -> sb.append("<!-- cites ").append(key).append(" -->\n"));
    doc.mentions().forEach(m -> sb.append("<!-- mention ").append(m.entryId()).append(" in ").append(m.unitId()).append(" -->\n"));
    for (Note n : doc.notes()) {
      sb.append("<!-- note ").append(n.number()).append(" [^").append(n.label()).append("] -->\n")
          .append(n.inlineHtml()).append('\n');
    }
    diagnostics.sorted().forEach(d -> sb.append("<!-- ").append(d.severity().label()).append(' ').append(d.line())
        .append(':').append(d.column()).append(' ').append(d.message()).append(" -->\n"));
    return sb.toString();
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
