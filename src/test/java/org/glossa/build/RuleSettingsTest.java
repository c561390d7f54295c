package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules:} in config.yaml makes a warning rule an error, a warning or nothing; an unknown name is an error with its line. */
class RuleSettingsTest {
  static final String UNUSED_NOTE = SampleSite.ARTICLE.replace("[^a]: An editor's note.", "[^a]: An editor's note.\n\n[^b]: Never used.");

  @Test
  void aWarningByDefault(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, UNUSED_NOTE);
    assertEquals(0, site.run("build"), site.err());
    assertTrue(site.err().contains("warning: footnote [^b] is never referenced [unused-note]"), site.err());
    assertTrue(site.err().endsWith("0 errors, 1 warning (unused-note: 1)\n"), site.err());
  }

  @Test
  void anErrorWhenConfiguredSo(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, UNUSED_NOTE + "-- content/config.yaml --\n"
        + SampleSite.CONFIG.substring(SampleSite.CONFIG.indexOf('\n') + 1) + "rules: {unused-note: error}\n");
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("error: footnote [^b] is never referenced [unused-note]"), site.err());
  }

  @Test
  void silentWhenOff(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, UNUSED_NOTE + "-- content/config.yaml --\n"
        + SampleSite.CONFIG.substring(SampleSite.CONFIG.indexOf('\n') + 1) + "rules:\n  unused-note: off\n");
    assertEquals(0, site.run("check", "--strict", "--no-html"), site.err());
    assertFalse(site.err().contains("unused-note"), site.err());
  }

  /** The sanitiser's warnings (issue 8) obey rules: like the rest, in article bodies, notes and the glossary alike. */
  @Test
  void theSafetyWarningsObeyRulesToo(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, HostileSite.FILES.replace("languages:", "rules: {unsafe-markup: error, raw-html: off}\nlanguages:"));
    assertEquals(1, site.run("build"));
    assertFalse(site.err().contains("[raw-html]"), site.err());
    assertTrue(site.err().contains("error: a link to a javascript: URL is not written [unsafe-markup]"), site.err());
    assertTrue(site.err().contains("error: the attribute 'onmouseover' is not allowed in an attribute block"), site.err());
    assertFalse(java.nio.file.Files.exists(site.site()), "an error stops the build before anything is written");
    SiteFixture quiet = SiteFixture.of(dir.resolve("quiet"), HostileSite.FILES.replace("languages:",
        "rules: {unsafe-markup: off, raw-html: off}\nlanguages:"));
    assertEquals(0, quiet.run("check", "--strict", "--no-html"), quiet.err());
    assertEquals(0, quiet.run("build"), quiet.err());
    assertEquals(java.util.List.of(), HostileSite.scriptVectors(quiet.site()), "off silences the warning, not the cleaning");
  }

  @Test
  void anUnknownRuleOrLevelIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
    SiteFixture site = SiteFixture.of(dir, SampleSite.ARTICLE + "-- content/config.yaml --\n"
        + SampleSite.CONFIG.substring(SampleSite.CONFIG.indexOf('\n') + 1) + "rules:\n  unused-notes: off\n  cjk-latin-space: loud\n");
    assertEquals(1, site.run("build"));
    assertTrue(site.err().contains("content/config.yaml:7:3: error: 'unused-notes' is not a rule"), site.err());
    assertTrue(site.err().contains("the rules are cjk-latin-space, unused-note,"), site.err());
    assertTrue(site.err().contains("content/config.yaml:8:20: error: 'loud' is not a level of cjk-latin-space"), site.err());
  }
}
