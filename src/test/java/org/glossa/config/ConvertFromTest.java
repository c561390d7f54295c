package org.glossa.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.junit.jupiter.api.Test;

/** {@code languages.<tag>.convertFrom}: which generated scripts a site publishes. */
class ConvertFromTest {
  static Optional<SiteConfig> load(String yaml, Diagnostics d) {
    return ConfigLoader.load(new SourceFile(Path.of("content/config.yaml"), yaml), d);
  }

  @Test
  void aGeneratedLanguageNeedsNoTitleOfItsOwn() {
    Diagnostics d = new Diagnostics();
    SiteConfig config = load("""
        languages:
          zh-Hans: {title: 读本}
          zh-Hant: {convertFrom: zh-Hans, name: 繁體中文, prefix: zh-hant}
          en: {title: Reader}
        """, d).orElseThrow();
    assertTrue(d.isEmpty(), d.sorted().toString());
    Language hant = config.languages().get(1);
    assertEquals(Optional.of("zh-Hans"), hant.convertFrom());
    assertTrue(hant.isGenerated());
    assertEquals("", hant.title());
    assertTrue(config.languages().get(0).convertFrom().isEmpty());
  }

  @Test
  void onlyTraditionalFromSimplifiedAndFromALanguageOfTheSite() {
    assertEquals(List.of("4: cannot generate en from zh-Hans"), problems("""
        languages:
          zh-Hans: {title: 读本}
          en:
            convertFrom: zh-Hans
        """));
    assertEquals(List.of("3: zh-Hant is converted from zh-Hans, which is not a language of the site with its own files"), problems("""
        languages:
          zh-Hant:
            convertFrom: zh-Hans
          en: {title: Reader}
        """));
  }

  private static List<String> problems(String yaml) {
    Diagnostics d = new Diagnostics();
    load(yaml, d);
    return d.sorted().stream().map((Diagnostic x) -> x.line() + ": " + x.message()).toList();
  }
}
