package org.glossa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.glossa.build.SampleSite;
import org.glossa.build.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu Html Checker runs over every page {@code check} would write; a template's mistake is reported once. */
class HtmlCheckTest {
  @Test
  void theSamplesPagesAreValidHtml(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE);
    assertEquals(0, site.run("check"), site.err());
    assertTrue(site.out().contains("and the HTML of 12 pages (Nu Html Checker)"), site.out());
    assertTrue(site.err().endsWith("0 errors, 0 warnings\n"), site.err());
  }

  @Test
  void checksEveryKindOfMarkupATemplateMayWrite(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- templates/404.ftlh --
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">
        <title>Lost</title><style>p { color: red; }</style>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage"}</script></head>
        <body><main><svg viewBox="0 0 10 10" role="img" aria-label="dot"><circle cx="5" cy="5" r="4"/></svg>
        <math><mi>x</mi></math><p lang="zh-Hans" style="color: blue">迷路了。</p>
        <form action="${page.site.home}"><label>Q <input name="q" type="search"></label></form>
        <details><summary>More</summary><p>Text.</p></details></main></body></html>
        """);
    assertEquals(0, site.run("check"), site.err());
  }

  @Test
  void reportsAnInvalidPageOncePerTemplateWithAnExcerpt(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + """
        -- templates/404.ftlh --
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Lost</title></head>
        <body><p>Lost.</p><img src="${page.site.home}"><p>Again.</p><img src="${page.site.home}"></body></html>
        """);
    assertEquals(1, site.run("check"));
    String err = site.err();
    assertTrue(err.contains("error: HTML: An “img” element must have an “alt” attribute"), err);
    assertTrue(err.contains("more time(s) on the pages of the same template"), err);
    assertTrue(err.contains("the markup there: "), err);
    assertEquals(1, err.lines().filter(l -> l.contains("must have an “alt” attribute")).count(), err);
  }
}
