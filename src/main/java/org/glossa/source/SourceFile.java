package org.glossa.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.IoProblem;

/** The text of one source file, decoded strictly as UTF-8 (NUL bytes refused), with line ends normalised to LF. */
public record SourceFile(Path path, String text) {

  /** Reads {@code path}; reports an unreadable file or invalid UTF-8 with the place of the first bad byte. */
  public static Optional<SourceFile> read(Path path, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      diagnostics.error(path, 0, 0, "cannot read the file: " + IoProblem.describe(e), "check that the file exists and is readable");
      return Optional.empty();
    }
    return decode(path, bytes, diagnostics);
  }

  public static Optional<SourceFile> decode(Path path, byte[] bytes, Diagnostics diagnostics) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      String before = out.toString().replace("\r\n", "\n").replace('\r', '\n');
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      diagnostics.error(path, line, column,
          String.format("file is not valid UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xff, offset),
          "save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8 for a GB-encoded file)");
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      String before = text.substring(0, nul);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      diagnostics.error(path, line, nul - before.lastIndexOf('\n'), "the file contains a NUL byte (U+0000): it is not a text file",
          "remove the NUL byte, or keep binary files out of content/ (Glossa reads plain UTF-8 text only)");
      return Optional.empty();
    }
    return Optional.of(new SourceFile(path, text));
  }
}
