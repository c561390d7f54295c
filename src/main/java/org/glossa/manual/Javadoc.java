package org.glossa.manual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc comment of a top-level type, read from its source file: the text, as Markdown, and the
 * {@code @param} descriptions (the components of a record). Empty when the source is not at hand.
 */
record Javadoc(String text, Map<String, String> params) {
  private static final Pattern INLINE = Pattern.compile("\\{@(code|link|linkplain|literal)\\s+([^}]*)}");
  private static final Pattern PARAM = Pattern.compile("@param\\s+(\\S+)\\s+(.*)", Pattern.DOTALL);

  static Javadoc of(Path sourceRoot, Class<?> type) {
    Path file = sourceRoot.resolve(type.getName().replace('.', '/') + ".java");
    if (!Files.isRegularFile(file)) {
      return new Javadoc("", Map.of());
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), type.getSimpleName());
    } catch (IOException e) {
      return new Javadoc("", Map.of());
    }
  }

  /** The comment right before the declaration of {@code name} in {@code source}. */
  static Javadoc parse(String source, String name) {
    Matcher declaration = Pattern.compile("\\b(record|class|interface|enum)\\s+" + Pattern.quote(name) + "\\b").matcher(source);
    if (!declaration.find()) {
      return new Javadoc("", Map.of());
    }
    int end = source.lastIndexOf("*/", declaration.start());
    int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
    if (start < 0 || !source.substring(end + 2, declaration.start()).matches("(?s)\\s*(@\\w+(\\([^)]*\\))?\\s*|public\\s+|final\\s+|sealed\\s+|abstract\\s+|static\\s+)*")) {
      return new Javadoc("", Map.of());
    }
    StringBuilder text = new StringBuilder();
    for (String line : source.substring(start + 3, end).split("\\R")) {
      text.append(line.replaceFirst("^\\s*\\*?\\s?", "")).append('\n');
    }
    String[] blocks = markdown(text.toString()).split("(?m)^(?=@)");
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < blocks.length; i++) {
      Matcher m = PARAM.matcher(blocks[i].strip());
      if (m.matches()) {
        params.put(m.group(1), oneLine(m.group(2)));
      }
    }
    return new Javadoc(oneLine(blocks[0]), Map.copyOf(params));
  }

  private static String markdown(String javadoc) {
    Matcher m = INLINE.matcher(javadoc);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String body = m.group(2).strip();
      String replacement = m.group(1).startsWith("link") ? body.replaceFirst("^#", "").replaceFirst("\\s.*", "") : body;
      m.appendReplacement(sb, Matcher.quoteReplacement(MarkdownTable.code(replacement)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
