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
