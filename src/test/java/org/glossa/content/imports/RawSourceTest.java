package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class RawSourceTest {
  private static final Path PATH = Path.of("raw.txt");
  static final String SIMPLIFIED = "对话腾讯汤道生：AI不止于大模型。很多人说，对大模型，腾讯不着急。"
      + "汤道生是腾讯云与智慧产业事业群CEO，总办成员之一。毕业于美国密西根大学和斯坦福大学。\n";
  static final String TRADITIONAL = "騰訊湯道生：大模型是一場馬拉松，企業服務不能用單一指標來衡量。"
      + "這兩年，騰訊高級執行副總裁湯道生的任務並不輕鬆。海外巨頭紛紛下場、國內掀起百模大戰，輿論熱炒投資人激動。\n";

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  @Test
  void splitsUtf8TextIntoLinesDroppingBomAndCarriageReturns() {
    byte[] bytes = ("\uFEFF标题\r\n正文,第二行\n").getBytes(StandardCharsets.UTF_8);
    RawSource raw = RawSource.decode(PATH, bytes, diagnostics).orElseThrow();
    assertEquals(List.of("标题", "正文,第二行", ""), Fixtures.texts(raw.lines()));
    assertEquals(2, raw.lines().get(1).number());
    assertTrue(diagnostics.isEmpty());
  }

  @Test
  void refusesBinaryFileNamingTheNulByte() {
    Diagnostic d = refused(new byte[] {'G', 'I', 'F', '8', 0, 1, 2});
    assertEquals("binary file: NUL byte at byte offset 4", d.message());
  }

  @Test
  void refusesControlCharactersWithLineAndColumn() {
    Diagnostic d = refused("第一行\n第二\u0007行".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, d.line());
    assertEquals(3, d.column());
    assertTrue(d.message().contains("U+0007"), d.message());
  }

  @Test
  void refusesEmptyAndBlankFiles() {
    assertEquals("empty file: no text to import", refused(new byte[0]).message());
    diagnostics.clear();
    assertEquals("empty file: no text to import", refused("\uFEFF \n\n".getBytes(StandardCharsets.UTF_8)).message());
  }

  @Test
  void refusesInvalidUtf8NamingByteOffsetAndLine() {
    byte[] bytes = {(byte) 0xE5, (byte) 0xA5, (byte) 0xBD, '\n', 'a', (byte) 0xFF, 'b'};
    Diagnostic d = refused(bytes);
    assertEquals("not valid UTF-8: byte 0xFF at byte offset 5", d.message());
    assertEquals(2, d.line());
  }

  @Test
  void suggestsConvertingGb18030Text() {
    Diagnostic d = refused(SIMPLIFIED.getBytes(Charset.forName("GB18030")));
    assertTrue(d.message().startsWith("not valid UTF-8"), d.message());
    assertTrue(d.hint().contains("convert it to UTF-8 first, e.g. iconv -f GB18030 -t UTF-8"), d.hint());
  }

  @Test
  void suggestsConvertingBig5Text() {
    Diagnostic d = refused(TRADITIONAL.getBytes(Charset.forName("Big5")));
    assertTrue(d.hint().contains("convert it to UTF-8 first, e.g. iconv -f BIG5 -t UTF-8"), d.hint());
  }

  private Diagnostic refused(byte[] bytes) {
    Optional<RawSource> raw = RawSource.decode(PATH, bytes, diagnostics);
    assertTrue(raw.isEmpty(), "expected the input to be refused");
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.get(0).isError());
    return diagnostics.get(0);
  }
}
