package org.glossa.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records in a translation which version of each original unit it was made from: sets {@code src=}
 * in every unit's attribute block to the hash of the original unit's current text. Run after a
 * translation has been checked against its original; {@code check} then flags the units whose
 * original has changed since.
 */
public final class SourceStamps {
  private static final Pattern ATTRIBUTES = Pattern.compile("\\{#([^\\s}]+)([^}]*)\\}\\s*$");
  private static final Pattern SRC = Pattern.compile("\\s+src=\\S+");

  private SourceStamps() {}

  /**
   * Returns {@code text} with the hashes set; lines of the front matter are left alone.
   *
   * @param hashes original unit id → hash of its text
   */
  public static String stamp(String text, Map<String, String> hashes) {
    String[] lines = text.split("\n", -1);
    int bodyStart = FrontMatterReader.block(text).map(b -> (int) b.chars().filter(c -> c == '\n').count() + 2).orElse(0);
    for (int i = bodyStart; i < lines.length; i++) {
      Matcher m = ATTRIBUTES.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String hash = hashes.get(m.group(1));
      if (hash == null) {
        continue;
      }
      String rest = SRC.matcher(m.group(2)).replaceAll("");
      lines[i] = lines[i].substring(0, m.start()) + "{#" + m.group(1) + rest + " src=" + hash + "}";
    }
    return String.join("\n", lines);
  }
}
