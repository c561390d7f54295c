package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.build.BuildOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change redoes exactly what it reaches: the steps it re-runs and the pages it renders again. */
class IncrementalBuildTest {
  @TempDir Path dir;
  IncrementalBuild build;

  @BeforeEach
  void firstBuild() throws IOException {
    SmallEdition.in(dir);
    build = new IncrementalBuild(BuildOptions.inFolder(dir));
    IncrementalBuild.Result first = build.run();
    assertTrue(first.ok(), first.diagnostics().toString());
    assertEquals(first.site().orElseThrow().pages().size(), first.work().pages().size(), "the first build renders every page");
  }

  @Test
  void anArticleEditReReadsThatFileAndRendersItsPagesInEveryLanguageAndModeAndTheHomePage() throws IOException {
    edit("content/talks/beta.en.md", "The second paragraph.", "The second paragraph, edited.");
    IncrementalBuild.Result result = build.run();
    assertEquals(List.of("article " + dir.resolve("content/talks/beta.en.md"), "search en"), result.work().steps(),
        "the edited file, and the search index of its language (the Chinese one is kept)");
    assertEquals(Set.of("en/talks/beta/index.html", "en/talks/beta/parallel/index.html", "en/talks/beta/interleaved/index.html",
        "zh-hans/talks/beta/parallel/index.html", "zh-hans/talks/beta/interleaved/index.html", "en/index.html"), rendered(result));
  }

  @Test
  void aNewMentionOfAGlossaryTermAlsoRendersThatLanguagesGlossaryPage() throws IOException {
    edit("content/gamma.en.md", "A paragraph without terms.", "A paragraph about Tencent.");
    Set<String> rendered = rendered(build.run());
    assertTrue(rendered.contains("en/glossary/index.html"), "the entry's back-links: " + rendered);
    assertFalse(rendered.contains("zh-hans/glossary/index.html"), rendered.toString());
    assertFalse(rendered.contains("en/talks/alpha/index.html"), "other articles are kept: " + rendered);
  }

  @Test
  void aTemplateEditRendersOnlyThePagesThatUseItOrImportIt() throws IOException {
    edit("templates/notes.ftlh", "<#macro list", "<!-- edited --><#macro list");
    IncrementalBuild.Result result = build.run();
    assertEquals(List.of(), result.work().steps(), "no source is read again");
    Set<String> rendered = rendered(result);
    assertEquals(18, rendered.size(), "3 articles × 2 languages × 3 modes import notes.ftlh: " + rendered);
    assertTrue(rendered.stream().allMatch(p -> p.matches("(en|zh-hans)/(talks/)?(alpha|beta|gamma)/((parallel|interleaved)/)?index.html")),
        rendered.toString());
  }

  @Test
  void aGlossaryEditReAnnotatesEveryArticleButRendersOnlyThePagesThatShowTheEntry() throws IOException {
    edit("content/glossary.yaml", "short: A company.", "short: A company in Shenzhen.");
    IncrementalBuild.Result result = build.run();
    assertEquals(10, result.work().steps().size(), "the basis, six article files, the page planner and both languages' search indexes: "
        + result.work().steps());
    assertTrue(result.work().steps().containsAll(List.of("search en", "search zh-Hans")), result.work().steps().toString());
    Set<String> rendered = rendered(result);
    assertTrue(rendered.contains("en/glossary/index.html") && rendered.contains("en/talks/alpha/index.html"), rendered.toString());
    assertFalse(rendered.contains("en/gamma/index.html"), "gamma mentions no term: " + rendered);
    assertFalse(rendered.contains("zh-hans/talks/alpha/index.html"), "the Chinese definition did not change: " + rendered);
  }

  @Test
  void anInterfaceMessageEditRendersThePagesOfItsLanguage() throws IOException {
    Path messages = dir.resolve("templates/i18n/en.properties");
    Files.writeString(messages, Files.readString(messages, StandardCharsets.UTF_8) + "\nfooter.text=An edited footer\n", StandardCharsets.UTF_8);
    Set<String> rendered = rendered(build.run());
    assertTrue(rendered.contains("en/gamma/index.html"), rendered.toString());
    assertTrue(rendered.stream().noneMatch(p -> p.startsWith("zh-hans/") && !p.contains("parallel") && !p.contains("interleaved")),
        "Chinese pages show no English message: " + rendered);
  }

  @Test
  void savingAFileUnchangedRedoesNothing() throws IOException {
    edit("content/talks/alpha/index.zh-Hans.md", "", "");
    edit("templates/layout.ftlh", "", "");
    IncrementalBuild.Result result = build.run();
    assertEquals(List.of(), result.work().steps());
    assertEquals(List.of(), result.work().pages());
  }

  @Test
  void addingAndRemovingAnArticleRendersItsPagesAndTheListsThatShowIt() throws IOException {
    Files.writeString(dir.resolve("content/delta.zh-Hans.md"), "---\ntitle: 第四篇\n---\n\n一段。\n", StandardCharsets.UTF_8);
    Set<String> added = rendered(build.run());
    assertTrue(added.containsAll(Set.of("zh-hans/delta/index.html", "zh-hans/index.html")), added.toString());
    Files.delete(dir.resolve("content/delta.zh-Hans.md"));
    IncrementalBuild.Result removed = build.run();
    assertEquals(Set.of("zh-hans/index.html"), rendered(removed));
    assertFalse(removed.site().orElseThrow().files().containsKey("zh-hans/delta/index.html"));
  }

  @Test
  void aRehearsalRedoesEachArticleInTurnWithThePlannerTheIndexesAndEightPagesThenLeavesTheSiteAsItWas() throws IOException {
    Map<String, byte[]> before = build.run().site().orElseThrow().files();
    List<BuildCache.Work> rounds = build.rehearse(4, Duration.ofMinutes(1), () -> false);
    assertEquals(4, rounds.size());
    Set<String> articles = new TreeSet<>();
    for (BuildCache.Work round : rounds) {
      assertTrue(round.steps().containsAll(List.of("pages", "search en", "search zh-Hans")), round.steps().toString());
      round.steps().stream().filter(step -> step.startsWith("article ")).forEach(articles::add);
      assertEquals(8, round.pages().size(), round.pages().toString());
    }
    assertEquals(4, articles.size(), "a different article each round: " + articles);
    IncrementalBuild.Result after = build.run();
    assertEquals(List.of(), after.work().steps(), "nothing changed since the rehearsal's last build");
    assertEquals(before.keySet(), after.site().orElseThrow().files().keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.site().orElseThrow().files().get(path), path));
  }

  @Test
  void aRehearsalStopsWhenAsked() {
    int[] asked = {0};
    assertEquals(2, build.rehearse(10, Duration.ofMinutes(1), () -> ++asked[0] > 2).size());
    assertEquals(List.of(), build.rehearse(10, Duration.ZERO, () -> false), "no time left");
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " contains '" + from + "'");
    Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
        StandardCharsets.UTF_8);
  }

  private static Set<String> rendered(IncrementalBuild.Result result) {
    assertTrue(result.ok(), result.diagnostics().toString());
    return new TreeSet<>(result.work().pages());
  }
}
