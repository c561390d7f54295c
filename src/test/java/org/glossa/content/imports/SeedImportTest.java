package org.glossa.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Golden files: a fresh import of each seed in content/sources/ must equal
 * src/test/resources/import/&lt;seed&gt;.expected.md byte for byte. After a deliberate change, regenerate
 * them with {@code mvn test -Dtest=SeedImportTest -Dglossa.golden.update=true} and review the diff.
 */
class SeedImportTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "import");
  private static final boolean UPDATE = Boolean.getBoolean("glossa.golden.update");

  static List<String> seeds() {
    return Fixtures.SEEDS;
  }

  static ImportResult importSeed(String seed) throws IOException {
    return new Importer(Fixtures.rules()).run(Fixtures.raw(seed), Files.readAllBytes(Fixtures.raw(seed)), Fixtures.meta(seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void importMatchesTheGoldenFile(String seed) throws IOException {
    ImportResult result = importSeed(seed);
    assertEquals(List.of(), result.diagnostics());
    Path golden = GOLDEN.resolve(seed + ".expected.md");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, result.markdown(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), result.markdown());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reimportingGivesByteIdenticalOutputAndAudit(String seed) throws IOException {
    ImportResult first = importSeed(seed);
    ImportResult second = importSeed(seed);
    assertEquals(first.markdown(), second.markdown());
    assertEquals(first.audit(), second.audit());
  }

  @Test
  void everyGoldenFileHasASeed() throws IOException {
    try (var files = Files.list(GOLDEN)) {
      files.map(p -> p.getFileName().toString().replace(".expected.md", ""))
          .forEach(name -> assertTrue(Files.exists(Fixtures.raw(name)), "golden file without seed: " + name));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void frontMatterParsesAndEveryFootnoteIsDefinedOnce(String seed) throws IOException {
    String md = importSeed(seed).markdown();
    Map<String, Object> front = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4) + 1));
    assertFalse(String.valueOf(front.get("title")).isBlank());
    assertTrue(String.valueOf(front.get("note")).endsWith("。\n"));
    Matcher refs = Pattern.compile("\\[\\^([a-z]+-\\d+)\\](?!:)").matcher(md);
    while (refs.find()) {
      assertEquals(1, md.split(Pattern.quote("\n[^" + refs.group(1) + "]: "), -1).length - 1, refs.group(1));
    }
  }

  @Test
  void seedsHaveTheUnitsTurnsAndNotesTheTranslationsExpect() throws IOException {
    String tang = importSeed("000_fe5bbb6232202266").markdown();
    assertEquals(59, count(tang, "\\{#p\\d+"));
    assertTrue(tang.contains("\n腾讯公司董事会主席兼CEO马化腾、总裁刘炽平、高级执行副总裁卢山和汤道生等，悉数进入该群。"));
    assertTrue(tang.contains("\n很早期。大家都在跑马圈地，尝试着不同的商业模式。有的在追规模效应，有的在打造To C市场新入口，"
        + "有的在做产业落地，非常热闹。[^gap-3]\n{#p27 turn=tong}\n"));
    assertEquals(8, count(tang, "\\[\\^gap-\\d+\\]:"));
    assertTrue(tang.contains("date: 2024-07-04\n"));
    String marathon = importSeed("001_a44444c52fa49fc3").markdown();
    assertEquals(32, count(marathon, "\\{#p\\d+"));
    assertTrue(marathon.contains("\n这两年，腾讯高级执行副总裁汤道生的任务并不轻松：腾讯云刚完成由前台集成商向后端被集成的角色转型，"));
    assertTrue(marathon.contains("\n## 大模型的竞争才跑了一公里 {#p8}\n"));
    assertTrue(marathon.contains("\n## 先搞清楚指标，再针对性投入 {#p19}\n"));
    assertTrue(marathon.contains("AIPI\\[sic\\][^sic-1]调用接口"));
    assertTrue(marathon.contains("[^sic-2]: 原文作“更又竞争力”，当为“更有竞争力”。\n"));
    assertFalse(marathon.contains("返回列表"));
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
