package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared benchmark's kind of corpus builds as it is written (no ids, no translatedFrom: the
 * default language's file is the original), and a quiet build of a few hundred files prints one line.
 */
class BenchmarkCorpusTest {
  static final int ARTICLES = 100;

  @Test
  void buildsQuietlyInOneLineAndAlignsEveryArticle(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, "-- content/config.yaml --\n" + BenchmarkCorpus.config());
    BenchmarkCorpus.write(site.root.resolve("content"), ARTICLES);
    // The corpus's language is plain zh: the interface messages of zh-Hans serve for it.
    Files.copy(site.root.resolve("templates/i18n/zh-Hans.properties"), site.root.resolve("templates/i18n/zh.properties"));

    assertEquals(0, site.run("build", "--quiet"), site.err());
    assertEquals("", site.out());
    assertEquals(1, site.err().lines().count(), site.err());
    assertTrue(site.err().matches("0 errors, \\d+ warnings \\(cjk-latin-space: \\d+\\)\n"), site.err());

    Document parallel = Jsoup.parse(site.read("en/a00042/parallel/index.html"));
    assertEquals(29, parallel.select(".rows > .row").size(), "24 paragraphs, 3 headings, a list and a last line, side by side");
    assertEquals(2, parallel.getElementById("p28").select(".cell").size());
    Document en = Jsoup.parse(site.read("en/a00042/index.html"));
    assertTrue(en.getElementById("p1").text().startsWith("Heading 0"), "#p1 is the first block though no file has ids");
  }
}
