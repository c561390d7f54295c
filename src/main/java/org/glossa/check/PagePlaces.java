package org.glossa.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.page.PageSpec;

/** Names a page of the would-be site for a message: its address, the file it would be written to and the template that makes it. */
final class PagePlaces {
  private final Path outputDir;
  private final Path templatesDir;
  private final Map<String, String> templates = new HashMap<>();

  PagePlaces(List<PageSpec> pages, Path outputDir, Path templatesDir) {
    this.outputDir = outputDir;
    this.templatesDir = templatesDir;
    pages.forEach(p -> templates.put(p.outputPath(), p.template()));
  }

  /** The file the page would be written to. */
  Path file(String page) {
    return outputDir.resolve(page);
  }

  /** {@code " (line 12, column 5 of the page)"}, or nothing when the place is unknown. */
  String where(String page, int line, int column) {
    return line <= 0 ? "" : " (line " + line + (column > 0 ? ", column " + column : "") + " of the page)";
  }

  String hint(String page) {
    String template = templates.get(page);
    return template == null ? "Glossa writes this file itself; please report the problem"
        : "the page is made by " + templatesDir.resolve(template) + " from the sources it shows";
  }

  /** A page's address below the site: {@code en/talks/first/} for {@code en/talks/first/index.html}. */
  static String shown(String page) {
    return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
  }
}
