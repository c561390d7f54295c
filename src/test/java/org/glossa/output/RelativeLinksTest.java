package org.glossa.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelativeLinksTest {
  private final RelativeLinks links = new RelativeLinks("/edition/");

  @Test
  void relativeLinksResolveToTheSameAddressAsTheRootRelativeOnes() {
    List<String> segments = List.of("en", "zh-hans", "a", "glossary", "parallel", "index.html", "feed.xml", "x.y", "");
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      String page = path(random, segments) + (random.nextBoolean() ? "index.html" : "feed.xml");
      String target = path(random, segments) + (random.nextBoolean() ? "" : segments.get(random.nextInt(segments.size())))
          + List.of("", "#p1", "?q=1", "?q=1#p2").get(random.nextInt(4));
      String rootRelative = "/edition/" + target;
      String relative = links.relative(rootRelative, page);
      URI pageUri = URI.create("https://example.org/edition/" + page);
      assertEquals(URI.create("https://example.org" + rootRelative), pageUri.resolve(relative),
          "from " + page + " to " + rootRelative + " via " + relative);
    }
  }

  private static String path(Random random, List<String> segments) {
    StringBuilder sb = new StringBuilder();
    int depth = random.nextInt(4);
    for (int i = 0; i < depth; i++) {
      String s = segments.get(random.nextInt(segments.size() - 1));
      sb.append(s).append('/');
    }
    return sb.toString();
  }

  @Test
  void writesTheShortestPathFromThePage() {
    assertEquals("../glossary/#rag", links.relative("/edition/en/glossary/#rag", "en/a/index.html"));
    assertEquals("parallel/", links.relative("/edition/en/a/parallel/", "en/a/index.html"));
    assertEquals("./", links.relative("/edition/en/a/", "en/a/index.html"));
    assertEquals("./#p3", links.relative("/edition/en/a/#p3", "en/a/index.html"));
    assertEquals("../../", links.relative("/edition/", "en/a/index.html"));
    assertEquals("./", links.relative("/edition/", "index.html"));
    assertEquals("assets/glossa.css", links.relative("/edition/assets/glossa.css", "index.html"));
    assertEquals("./a:b/", links.relative("/edition/a:b/", "index.html"));
  }

  @Test
  void leavesOtherLinksAlone() {
    for (String url : List.of("https://example.org/edition/en/", "//cdn.example/edition/x", "#p1", "/other/x", "/editions/x", "mailto:a@b", "")) {
      assertEquals(url, links.relative(url, "en/a/index.html"));
    }
  }

  @Test
  void rewritesOnlyUrlAttributesOfTags() {
    String html = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <link rel="canonical" href="https://example.org/edition/en/a/">
        <link rel=stylesheet href=/edition/assets/glossa.css>
        <script src='/edition/assets/glossa.js' defer></script>
        <script>var u = "<a href=\\"/edition/en/\\">";</script>
        <style>a[href="/edition/"] { color: red }</style>
        </head><body class="article">
        <!-- <a href="/edition/en/"> -->
        <a class="term" data-term="rag" title="/edition/x" href="/edition/en/glossary/#rag">RAG</a>
        <p>Write href="/edition/en/" in text; 1 < 2 and <br/> too.</p>
        <img srcset="/edition/a/x.png 1x, /edition/a/y.png 2x" src = "/edition/a/x.png" alt="">
        <a HREF="/edition/zh-hans/a/">中文</a>
        </body></html>
        """;
    String expected = html
        .replace("href=/edition/assets/glossa.css", "href=../../assets/glossa.css")
        .replace("src='/edition/assets/glossa.js'", "src='../../assets/glossa.js'")
        .replace("href=\"/edition/en/glossary/#rag\"", "href=\"../glossary/#rag\"")
        .replace("srcset=\"/edition/a/x.png 1x, /edition/a/y.png 2x\" src = \"/edition/a/x.png\"",
            "srcset=\"../../a/x.png 1x, ../../a/y.png 2x\" src = \"../../a/x.png\"")
        .replace("HREF=\"/edition/zh-hans/a/\"", "HREF=\"../../zh-hans/a/\"");
    assertEquals(expected, links.rewrite(html, "en/a/index.html"));
  }

  @Test
  void refusesABasePathWithoutSlashes() {
    assertThrows(IllegalArgumentException.class, () -> new RelativeLinks("edition"));
  }
}
