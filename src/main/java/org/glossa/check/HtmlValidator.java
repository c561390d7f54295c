package org.glossa.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's validator.w3.org/nu), used as a library: its schema is loaded
 * once, then every page is checked in this JVM. Language detection is off (every page of a
 * bilingual edition mixes two languages on purpose) and no entity is ever fetched from the network.
 * Only {@code check} loads this class: {@code build} never pays for the checker's start-up.
 */
final class HtmlValidator {
  /** The checker's full HTML schema, read from its own jar. */
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  /** One message of the checker about a page; line and column of the page, 1-based (0 when unknown). */
  record Message(boolean error, int line, int column, String text) {}

  private static HtmlValidator shared;

  private final SimpleDocumentValidator validator;
  private final List<Message> messages = new ArrayList<>();

  private HtmlValidator() throws SAXException {
    validator = new SimpleDocumentValidator(false, false, false);
    ErrorHandler collector = new Collector();
    try {
      validator.setUpMainSchema(SCHEMA, collector);
    } catch (SAXException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the Nu Html Checker could not load its schema " + SCHEMA + ": " + e.getMessage(), e);
    }
    validator.setUpValidatorAndParsers(collector, true, false);
  }

  /**
   * The checker of this process, started on first use: loading its schema takes seconds, so a
   * process that checks again (tests, a preview server) starts it once.
   */
  static synchronized HtmlValidator shared() throws IOException {
    if (shared == null) {
      try {
        shared = new HtmlValidator();
      } catch (SAXException e) {
        throw new IOException("the Nu Html Checker could not start: " + e.getMessage(), e);
      }
    }
    return shared;
  }

  private static final String PAGE_ADDRESS = "https://glossa.invalid/page.html";

  /** The checker's messages about one UTF-8 page, in document order. */
  synchronized List<Message> check(byte[] page) throws IOException {
    messages.clear();
    InputSource source = new InputSource(new ByteArrayInputStream(page));
    source.setEncoding(StandardCharsets.UTF_8.name());
    // An address for the page, so that the checker reads 'self' in the Content-Security-Policy as the
    // site's own origin (without one, a root-relative asset of the 404 page counts as foreign).
    // Nothing is fetched from it.
    source.setSystemId(PAGE_ADDRESS);
    try {
      validator.checkHtmlInputSource(source);
    } catch (SAXException e) {
      messages.add(new Message(true, 0, 0, e.getMessage()));
    }
    String text = new String(page, StandardCharsets.UTF_8);
    return messages.stream().filter(m -> !aboutDataBlock(m, text)).toList();
  }

  /**
   * Whether a message is the checker's Content-Security-Policy complaint about a data block (JSON-LD
   * in {@code <script type="application/ld+json">}): such a script is never run, so the policy does
   * not apply to it (HTML, "data block"; browsers report no violation), while the checker treats
   * every inline script alike.
   */
  private static boolean aboutDataBlock(Message m, String page) {
    if (!m.text().startsWith("Inline script violates Content Security Policy") || m.line() < 1) {
      return false;
    }
    List<String> lines = page.lines().toList();
    if (m.line() > lines.size()) {
      return false;
    }
    String before = lines.get(m.line() - 1).substring(0, Math.min(m.column(), lines.get(m.line() - 1).length()));
    int tag = before.toLowerCase(java.util.Locale.ROOT).lastIndexOf("<script");
    return tag >= 0 && before.substring(tag).matches("(?is)<script[^>]*\\btype=\"application/ld\\+json\"[^>]*>");
  }

  private final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      add(false, e);
    }

    @Override
    public void error(SAXParseException e) {
      add(true, e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add(true, e);
    }

    private void add(boolean error, SAXParseException e) {
      messages.add(new Message(error, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()), e.getMessage()));
    }
  }
}
