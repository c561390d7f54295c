package org.glossa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} follows every link of the site it would build, in every language and mode, and names
 * each problem once, where it comes from; it writes nothing and ends with one summary line.
 */
class OutputCheckTest {
  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void aGoodSiteHasNoBrokenLinkAndCheckWritesNothing(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("check", "--no-html"), site.err());
    assertEquals("0 errors, 0 warnings", lastLine(site.err()));
    assertTrue(site.out().matches("(?s)checked 12 pages: \\d+ links, anchors and files\\s*"), site.out());
    assertFalse(Files.exists(site.site()), "check writes nothing");
  }

  @Test
  void namesTheSourceLineOfABrokenLinkAnchorOrImageOnceForAllThePagesShowingIt(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE.replace("Opening.[^a]",
        "Opening.[^a] See [a passage](#p99), [a page](https://example.org/en/talks/none/) and ![a figure](https://example.org/en/talks/first/fig.png)."));
    assertEquals(1, site.run("check", "--no-html"));
    String err = site.err();
    assertTrue(err.contains("content/talks/first/index.en.md:10:30: error: link '#p99' leads nowhere: the page has no element"
        + " with id 'p99' (on en/talks/first/ and 4 other page(s))"), err);
    assertTrue(err.contains("content/talks/first/index.en.md:10:46: error: link 'https://example.org/en/talks/none/' leads nowhere:"
        + " the site has no en/talks/none/index.html (on en/talks/first/ and 4 other page(s))"), err);
    assertTrue(err.contains("content/talks/first/index.en.md:10:98: error: image or media file 'https://example.org/en/talks/first/fig.png'"
        + " leads nowhere"), err);
    assertEquals(1, err.lines().filter(l -> l.contains("'https://example.org/en/talks/none/'")).count(), "reported once:\n" + err);
    assertEquals("3 errors, 0 warnings", lastLine(err));
  }

  @Test
  void namesThePageAndTemplateOfALinkNoSourceWrote(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- templates/404.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.page page=page>
        <p><a href="${page.site.home}no-such-page/">lost</a></p>
        </@layout.page>
        """);
    assertEquals(1, site.run("check", "--no-html"));
    assertTrue(site.err().contains("site/404.html: error: link '/zh-hans/no-such-page/' leads nowhere: the site has no"
        + " zh-hans/no-such-page/index.html (line "), site.err());
    assertTrue(site.err().contains("hint: the page is made by " + site.root.resolve("templates").resolve("404.ftlh")), site.err());
  }

  @Test
  void relativeLinksAndImagesOfABundleLeadToTheSamePlaceInEveryReadingMode(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE.replace("Opening.[^a]", "Opening.[^a] ![A figure](fig.png) [Home](../../)")
        + "-- content/talks/first/fig.png --\nnot really a PNG\n");
    assertEquals(0, site.run("check", "--no-html"), site.err());
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("en/talks/first/parallel/index.html").contains("<img src=\"../fig.png\" alt=\"A figure\">"),
        site.read("en/talks/first/parallel/index.html"));
    assertTrue(site.read("zh-hans/talks/first/interleaved/index.html").contains("<img src=\"../../../../en/talks/first/fig.png\""));
    assertTrue(site.read("en/talks/first/index.html").contains("<a href=\"../../\">Home</a>"));
  }

  @Test
  void catchesARelativeImageThatIsNotThere(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE.replace("Opening.[^a]", "Opening.[^a] ![A figure](figure.png)"));
    assertEquals(1, site.run("check", "--no-html"));
    assertTrue(site.err().contains("content/talks/first/index.en.md:10:"), site.err());
    assertTrue(site.err().contains("error: image or media file 'figure.png' leads nowhere: the site has no en/talks/first/figure.png"
        + " (on en/talks/first/ and 4 other page(s))"), site.err());
    assertEquals("1 error, 0 warnings", lastLine(site.err()));
  }

  @Test
  void theManualPublishedBesideTheSiteIsNotFollowed(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + "-- content/config.yaml --\n"
        + SampleSite.CONFIG.substring(SampleSite.CONFIG.indexOf('\n') + 1) + "manualUrl: manual/\n");
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.read("en/index.html").contains("manual/"), "the footer links to the manual");
    assertEquals(0, site.run("check", "--no-html"), site.err());
  }

  @Test
  void resolvesLinksUnderTheBaseUrlsPath(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE.replace("Opening.[^a]", "Opening.[^a] [Home](/edition/en/) [out](/en/)"));
    assertEquals(1, site.run("check", "--no-html", "--base-url", "https://example.org/edition/"));
    assertTrue(site.err().contains("link '/en/' leads out of the site, to /en/"), site.err());
    assertFalse(site.err().contains("'/edition/en/'"), site.err());
  }
}
