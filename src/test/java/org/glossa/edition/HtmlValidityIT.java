package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/**
 * Every page of the published edition passes the Nu HTML Checker (the engine of the W3C's HTML
 * validator) without a single error. All pages are checked in this one JVM: starting the checker
 * costs seconds, checking a page milliseconds.
 */
class HtmlValidityIT {
  static final Path SITE = Path.of("site");

  @Test
  void everyPageOfTheSiteIsValidHtml() throws Exception {
    List<Path> pages = pages();
    assertTrue(pages.size() >= 18, "the edition has its pages: " + pages);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    Map<String, Integer> errors = new TreeMap<>();
    int count = 0;
    for (Path page : pages) {
      for (String line : validator.validate(page).split("\n")) {
        if (line.contains(": error:") || line.contains(": fatal:") || line.contains(": non-document-error:")) {
          errors.merge(SITE.relativize(page) + ": " + line.substring(line.indexOf(": ") + 2), 1, Integer::sum);
          count++;
        }
      }
    }
    assertEquals(Map.of(), errors, count + " errors from the Nu HTML Checker (page: message=times)");
  }

  @Test
  void theCheckerFindsAnErrorWhereThereIsOne() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    Path bad = Files.createTempFile("invalid", ".html");
    try {
      Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><label aria-hidden=true for=c>1</label><input id=c type=checkbox>");
      assertTrue(validator.validate(bad).contains("error"), "a label tied to a control may not be aria-hidden");
    } finally {
      Files.delete(bad);
    }
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(SITE)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
