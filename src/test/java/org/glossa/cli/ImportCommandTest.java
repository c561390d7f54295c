package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandTest {
  private static final Path SOURCES = Path.of("content", "sources");
  private static final String SEED = "000_fe5bbb6232202266";
  private static final String META = "slug: interviews/test\nspeakers:\n  tong: {name: 汤道生, role: interviewee, labels: [汤道生]}\n";

  @TempDir Path dir;
  private Path content;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copySeed() throws IOException {
    content = dir.resolve("content");
    Files.copy(SOURCES.resolve(SEED + ".txt"), dir.resolve(SEED + ".txt"));
    Files.copy(SOURCES.resolve(SEED + ".meta.yaml"), dir.resolve(SEED + ".meta.yaml"));
  }

  private int run(String... args) {
    String[] all = Stream.concat(Stream.of(args),
        Stream.of("--into", content.toString(), "--rules", SOURCES.resolve("import-rules.yaml").toString())).toArray(String[]::new);
    return new ImportCommand(new PrintWriter(out), new PrintWriter(err)).execute(all);
  }

  private Path article(String slug) {
    return content.resolve(slug).resolve("index.zh-Hans.md");
  }

  @Test
  void writesTheArticleAndPrintsTheAudit() throws IOException {
    assertEquals(0, run(dir.resolve(SEED + ".txt").toString()), err::toString);
    String md = Files.readString(article("interviews/ai-beyond-large-models"), StandardCharsets.UTF_8);
    assertTrue(md.startsWith("---\ntitle: 对话腾讯汤道生：AI不止于大模型\n"));
    assertTrue(out.toString().contains(dir.resolve(SEED + ".txt") + ":12:36: removed spam '365买球官方网站'"), out::toString);
    assertTrue(out.toString().contains(":1:5: removed spam '365买球app官方网站'"), out::toString);
  }

  @Test
  void refusesToOverwriteAnAnnotatedArticleWithoutForce() throws IOException {
    assertEquals(0, run(dir.resolve(SEED + ".txt").toString()));
    Path target = article("interviews/ai-beyond-large-models");
    String fresh = Files.readString(target);
    Files.writeString(target, "edited by an editor\n");
    assertEquals(1, run(dir.resolve(SEED + ".txt").toString()));
    assertTrue(err.toString().contains("index.zh-Hans.md: error: already exists; not overwritten"), err::toString);
    assertEquals("edited by an editor\n", Files.readString(target));
    assertEquals(0, run(dir.resolve(SEED + ".txt").toString(), "--force"));
    assertEquals(fresh, Files.readString(target));
  }

  @Test
  void dryRunPrintsTheAuditAndWritesNothing() {
    assertEquals(0, run(dir.resolve(SEED + ".txt").toString(), "--dry-run"));
    assertTrue(out.toString().contains("removed chrome"));
    assertFalse(Files.exists(content));
  }

  @ParameterizedTest
  @ValueSource(strings = {"binary", "empty", "GB18030", "Big5"})
  void refusesBadInputWithADiagnosticAndWritesNothing(String kind) throws IOException {
    byte[] bytes = switch (kind) {
      case "binary" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
      case "empty" -> new byte[0];
      case "GB18030" -> "对话腾讯汤道生：AI不止于大模型。很多人说，对大模型，腾讯不着急。我们在群里经常讨论，不能说不着急。\n"
          .getBytes(Charset.forName("GB18030"));
      default -> "騰訊湯道生：大模型是一場馬拉松，企業服務不能用單一指標來衡量。這兩年，騰訊高級執行副總裁湯道生的任務並不輕鬆。\n"
          .getBytes(Charset.forName("Big5"));
    };
    Path raw = dir.resolve("bad.txt");
    Files.write(raw, bytes);
    Files.writeString(dir.resolve("bad.meta.yaml"), META);
    assertEquals(1, run(raw.toString()));
    assertTrue(err.toString().startsWith(raw + ":"), err::toString);
    assertTrue(err.toString().contains(": error: "), err::toString);
    if (kind.equals("GB18030") || kind.equals("Big5")) {
      assertTrue(err.toString().contains("iconv -f " + kind.toUpperCase() + " -t UTF-8"), err::toString);
    }
    assertFalse(Files.exists(content));
    assertEquals("", out.toString());
  }

  @Test
  void importsTextWithoutStructureAsParagraphsWithAWarning() throws IOException {
    Path raw = dir.resolve("plain.txt");
    Files.writeString(raw, "这是第一句话，它读起来像正文。\n这是第二句话。\n");
    Files.writeString(dir.resolve("plain.meta.yaml"), "slug: plain\ntitle: 一篇文章\n");
    assertEquals(0, run(raw.toString()));
    assertTrue(err.toString().contains(": warning: no headings or speaker turns recognised"), err::toString);
    assertEquals("---\ntitle: 一篇文章\n---\n\n这是第一句话，它读起来像正文。\n{#p1}\n\n这是第二句话。\n{#p2}\n",
        Files.readString(article("plain")));
  }

  @Test
  void reportsAMissingMetaFileAsAContentError() throws IOException {
    Path raw = dir.resolve("orphan.txt");
    Files.writeString(raw, "标题\n正文。\n");
    assertEquals(1, run(raw.toString()));
    assertTrue(err.toString().contains("orphan.meta.yaml: error: cannot read meta file"), err::toString);
  }

  @Test
  void printsMetaFileErrorsWithTheSourceLineAndACaret() throws IOException {
    Path raw = dir.resolve("slugged.txt");
    Files.writeString(raw, "标题\n正文。\n");
    Path meta = dir.resolve("slugged.meta.yaml");
    Files.writeString(meta, "title: 一篇文章\nslug: ../etc\n");
    assertEquals(1, run(raw.toString()));
    assertEquals(meta + ":2:7: error: invalid slug '../etc'\n"
        + "  slug: ../etc\n"
        + "        ^\n"
        + "  hint: a relative path of lower-case words joined by '-', e.g. interviews/ai-beyond-large-models\n"
        + "1 error, 0 warnings\n", err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void exitsWithTwoOnUsageErrors() {
    assertEquals(2, run("--no-such-option", dir.resolve(SEED + ".txt").toString()));
    assertEquals(2, run(dir.resolve("missing.txt").toString()));
    assertEquals(2, new ImportCommand(new PrintWriter(out), new PrintWriter(err)).execute());
  }
}
