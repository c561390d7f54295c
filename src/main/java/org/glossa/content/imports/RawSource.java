package org.glossa.content.imports;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.diag.Diagnostic;

/**
 * The raw text of a scraped source: its bytes checked to be UTF-8 text and split into lines. Refuses
 * binary, empty and non-UTF-8 input with a diagnostic instead of guessing, so no mojibake is written;
 * for GB18030 and Big5 it says how to convert the file. A BOM is dropped and CRLF read as LF.
 */
final class RawSource {
  private final Path path;
  private final List<SourceLine> lines;

  private RawSource(Path path, List<SourceLine> lines) {
    this.path = path;
    this.lines = List.copyOf(lines);
  }

  Path path() {
    return path;
  }

  List<SourceLine> lines() {
    return lines;
  }

  /** Decodes {@code bytes}; on failure adds an error to {@code diagnostics} and returns empty. */
  static Optional<RawSource> decode(Path path, byte[] bytes, List<Diagnostic> diagnostics) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        diagnostics.add(Diagnostic.error(path, lineOfByte(bytes, i), 0,
            "binary file: NUL byte at byte offset " + i, "import reads plain UTF-8 text only"));
        return Optional.empty();
      }
    }
    Optional<String> text = utf8(path, bytes, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String content = text.get();
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    if (content.isBlank()) {
      diagnostics.add(Diagnostic.error(path, 0, 0, "empty file: no text to import", ""));
      return Optional.empty();
    }
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      SourceLine line = SourceLine.of(i + 1, raw[i]);
      if (!controlCharacterFree(path, line, diagnostics)) {
        return Optional.empty();
      }
      lines.add(line);
    }
    return Optional.of(new RawSource(path, lines));
  }

  private static Optional<String> utf8(Path path, byte[] bytes, List<Diagnostic> diagnostics) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return Optional.of(out.flip().toString());
    }
    int offset = in.position();
    diagnostics.add(Diagnostic.error(path, lineOfByte(bytes, offset), 0,
        String.format("not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
        legacyEncodingHint(bytes)));
    return Optional.empty();
  }

  /** Names GB18030 or Big5 when the bytes decode cleanly as one of them and ICU's detector agrees. */
  static String legacyEncodingHint(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName().toUpperCase();
      String charset = name.startsWith("GB") ? "GB18030" : name.equals("BIG5") ? "Big5" : null;
      if (charset != null && decodesCleanly(bytes, Charset.forName(charset))) {
        return "the file looks like " + charset + " text; convert it to UTF-8 first, e.g. iconv -f "
            + charset.toUpperCase() + " -t UTF-8 in.txt > out.txt";
      }
    }
    return "import reads UTF-8 only; convert the file to UTF-8 first (e.g. with iconv)";
  }

  private static boolean decodesCleanly(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (MalformedInputException e) {
      return false;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean controlCharacterFree(Path path, SourceLine line, List<Diagnostic> diagnostics) {
    String text = line.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t') {
        diagnostics.add(Diagnostic.error(path, line.number(), line.column(i),
            String.format("binary or corrupt file: control character U+%04X", (int) c),
            "import reads plain UTF-8 text only"));
        return false;
      }
    }
    return true;
  }

  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
