package org.glossa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glossa.cli.Main;

/**
 * The real edition, built once per test run from content/ and templates/ and served from loopback
 * the way GitHub Pages serves it. {@link #PAGE_TYPES} names one page of every kind a reader meets.
 */
final class ServedEdition {
  static final String ARTICLE = "interviews/large-models-are-a-marathon/";
  static final String OTHER_ARTICLE = "interviews/ai-beyond-large-models/";

  /** Every kind of page, by a short name used for screenshots: root, homes, articles, both parallel modes, glossaries, 404; in zh-Hant too. */
  static final Map<String, String> PAGE_TYPES = pageTypes();

  private static StaticServer server;

  private ServedEdition() {}

  /** The address of the served edition, ending in '/'; built and started at the first call. */
  static synchronized String url() {
    if (server == null) {
      try {
        StaticServer started = new StaticServer();
        Path site = Files.createTempDirectory("glossa-browser").resolve("site");
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err))
            .run("build", "--out", site.toString(), "--base-url", started.url());
        assertEquals(0, code, err.toString());
        started.serve(site);
        server = started;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server.url();
  }

  private static Map<String, String> pageTypes() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("root", "");
    pages.put("index-zh", "zh-hans/");
    pages.put("index-en", "en/");
    pages.put("article-zh", "zh-hans/" + ARTICLE);
    pages.put("article-en", "en/" + ARTICLE);
    pages.put("parallel-zh", "zh-hans/" + OTHER_ARTICLE + "parallel/");
    pages.put("parallel-en", "en/" + ARTICLE + "parallel/");
    pages.put("interleaved-zh", "zh-hans/" + ARTICLE + "interleaved/");
    pages.put("interleaved-en", "en/" + OTHER_ARTICLE + "interleaved/");
    pages.put("glossary-zh", "zh-hans/glossary/");
    pages.put("glossary-en", "en/glossary/");
    pages.put("index-hant", "zh-hant/");
    pages.put("article-hant", "zh-hant/" + ARTICLE);
    pages.put("parallel-hant", "zh-hant/" + OTHER_ARTICLE + "parallel/");
    pages.put("interleaved-hant", "zh-hant/" + ARTICLE + "interleaved/");
    pages.put("glossary-hant", "zh-hant/glossary/");
    pages.put("404", "no-such-page/");
    return java.util.Collections.unmodifiableMap(pages);
  }
}
