package org.glossa.text;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Traditional forms that ICU4J's own rules give each Simplified character: every position of
 * every {@code Hans-Hant} rule ({@code 头发 > 頭髮;}, with context such as {@code [一二…]{只} > 隻;}),
 * and every {@code Hant-Hans} rule read backwards ({@code 髮 > 发;}). Read from
 * {@link Transliterator#toRules} of the ICU4J on the class path, so an upgrade is checked.
 */
final class IcuConversionRules {
  private static final Pattern RULE = Pattern.compile(
      "^(?:\\[[^\\]]*\\])?\\{?([^ {}>\\[\\]]+)\\}?((?:\\[[^\\]]*\\])?[^ >]*) > ([^;]+);$");

  private IcuConversionRules() {}

  /** Simplified character → its Traditional forms according to ICU's rules. */
  static Map<Integer, Set<Integer>> forms() {
    Map<Integer, Set<Integer>> forms = new TreeMap<>();
    for (String line : Transliterator.getInstance("Hans-Hant").toRules(false).split("\n")) {
      Matcher m = RULE.matcher(line.strip());
      if (m.matches()) {
        boolean contextAfter = m.group(2).startsWith("[");
        String from = contextAfter ? m.group(1) : m.group(1) + m.group(2);
        add(forms, from, m.group(3), false);
      }
    }
    for (String line : Transliterator.getInstance("Hant-Hans").toRules(false).split("\n")) {
      Matcher m = RULE.matcher(line.strip());
      if (m.matches() && m.group(2).isEmpty() && !line.startsWith("[")) {
        add(forms, m.group(1), m.group(3), true);
      }
    }
    return forms;
  }

  private static void add(Map<Integer, Set<Integer>> forms, String left, String right, boolean backwards) {
    int[] l = left.codePoints().toArray();
    int[] r = right.codePoints().toArray();
    if (l.length != r.length) {
      return;
    }
    for (int i = 0; i < l.length; i++) {
      int simplified = backwards ? r[i] : l[i];
      int traditional = backwards ? l[i] : r[i];
      forms.computeIfAbsent(simplified, k -> new TreeSet<>()).add(traditional);
    }
  }
}
