package org.glossa.manual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The manual's Markdown as the tests read it: hand-written guides, tables and fenced blocks. */
final class Docs {
  static final Path GUIDES = Path.of("src/site/markdown");
  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern FIRST_CELL = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

  private Docs() {}

  /** README.md and every guide: file name → text. */
  static Map<String, String> handWritten() throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("README.md", Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.walk(GUIDES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        docs.put(GUIDES.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return docs;
  }

  /** The code spans that open the rows of the tables in {@code markdown}: the keys a reference lists. */
  static List<String> firstColumn(String markdown) {
    List<String> keys = new ArrayList<>();
    Matcher m = FIRST_CELL.matcher(markdown);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** The fenced blocks of {@code markdown} in the language {@code lang}. */
  static List<String> blocks(String markdown, String lang) {
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      if (m.group(1).equals(lang)) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  /** {@code markdown} without its fenced blocks. */
  static String prose(String markdown) {
    return FENCE.matcher(markdown).replaceAll("");
  }
}
