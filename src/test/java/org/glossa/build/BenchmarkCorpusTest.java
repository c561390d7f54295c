package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // As the benchmark harness runs it: the corpus folder holds the articles only, the configuration is
    // given beside it, and the plain zh of the files reads the interface messages of zh-Hans.
    SiteFixture site = SiteFixture.of(dir, "-- bench.yaml --\n" + BenchmarkCorpus.config());
    BenchmarkCorpus.write(site.root.resolve("content"), ARTICLES);

    assertEquals(0, site.run("build", "--quiet", "--config", site.root.resolve("bench.yaml").toString()), site.err());
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
