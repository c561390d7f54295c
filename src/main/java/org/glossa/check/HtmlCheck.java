package org.glossa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;

/**
 * Runs the Nu Html Checker over every page of the would-be site. A template's mistake repeats on
 * every page it makes, so each message is reported once per template, at its first place, with
 * the number of times it occurs and an excerpt of the markup there.
 */
final class HtmlCheck {
  private static final int EXCERPT = 60;
  private final SiteFiles files;
  private final PagePlaces places;

  HtmlCheck(SiteFiles files, PagePlaces places) {
    this.files = files;
    this.places = places;
  }

  /** Checks every HTML page; returns how many there were. */
  int run(Diagnostics diagnostics) throws IOException {
    HtmlValidator validator = HtmlValidator.shared();
    Map<Key, Found> found = new LinkedHashMap<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : files.rendered().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      pages++;
      for (HtmlValidator.Message m : validator.check(file.getValue())) {
        if (!m.error() && m.text() != null && m.text().contains("violates Content Security Policy")) {
          // The checker reads a page without its address, so 'self' matches nothing and a JSON-LD
          // data block counts as script; the browser tests check the policy where it applies.
          continue;
        }
        Key key = new Key(places.hint(file.getKey()), m.error(), m.text());
        found.computeIfAbsent(key, k -> new Found(file.getKey(), m, excerpt(file.getValue(), m))).count++;
      }
    }
    found.forEach((key, f) -> diagnostics.add(f.diagnostic(key, places)));
    return pages;
  }

  /** The markup around the place of a message, on one line. */
  private static String excerpt(byte[] page, HtmlValidator.Message m) {
    if (m.line() <= 0) {
      return "";
    }
    String[] lines = new String(page, StandardCharsets.UTF_8).split("\n", -1);
    if (m.line() > lines.length) {
      return "";
    }
    String line = lines[m.line() - 1];
    int at = Math.min(Math.max(0, m.column() - 1), line.length());
    int from = Math.max(0, at - EXCERPT);
    int to = Math.min(line.length(), at + EXCERPT / 2);
    return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
  }

  private record Key(String template, boolean error, String text) {}

  private static final class Found {
    final String page;
    final HtmlValidator.Message first;
    final String excerpt;
    int count;

    Found(String page, HtmlValidator.Message first, String excerpt) {
      this.page = page;
      this.first = first;
      this.excerpt = excerpt;
    }

    Diagnostic diagnostic(Key key, PagePlaces places) {
      String message = "HTML: " + Objects.requireNonNullElse(key.text(), "(no message)") + places.where(page, first.line(), first.column())
          + (count > 1 ? ", and " + (count - 1) + " more time(s) on the pages of the same template" : "");
      String hint = key.template() + (excerpt.isEmpty() ? "" : "; the markup there: " + excerpt);
      return key.error() ? Diagnostic.error(places.file(page), 0, 0, message, hint)
          : Diagnostic.warning(Rule.HTML_WARNING, places.file(page), 0, 0, message, hint);
    }
  }
}
