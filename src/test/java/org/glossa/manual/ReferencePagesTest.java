package org.glossa.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.cli.ExitCode;
import org.glossa.config.ConfigKey;
import org.glossa.content.FrontMatterKey;
import org.glossa.diag.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The manual's reference pages, generated from the code, list exactly what the code has. */
class ReferencePagesTest {
  static Map<String, String> pages;

  @BeforeAll
  static void generate() throws Exception {
    pages = new ManualGenerator(Path.of("")).pages();
  }

  @Test
  void frontMatterReferenceListsExactlyTheKeysArticlesAccept() {
    assertEquals(sorted(FrontMatterKey.names()), sorted(Docs.firstColumn(pages.get("reference/front-matter.md"))));
  }

  @Test
  void configurationReferenceListsExactlyTheConfigKeys() {
    assertEquals(sorted(Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toList()),
        sorted(Docs.firstColumn(pages.get("reference/configuration.md"))));
  }

  @Test
  void warningsReferenceListsEveryRule() {
    assertEquals(sorted(Arrays.stream(Rule.values()).map(Rule::id).toList()), sorted(Docs.firstColumn(pages.get("reference/warnings.md"))));
  }

  @Test
  void commandReferenceHasEveryCommandAndExitCode() throws Exception {
    String page = pages.get("reference/commands.md");
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^## glossa (\\S+)$").matcher(page);
    while (m.find()) {
      documented.add(m.group(1));
    }
    List<String> commands = CommandReference.commands(ManualGenerator.commandLine()).stream().map(CommandLine::getCommandName).toList();
    assertEquals(commands, documented);
    assertTrue(commands.containsAll(List.of("build", "check", "stamp", "import")), commands.toString());
    for (String command : commands) {
      for (CommandLine.Model.OptionSpec option : ManualGenerator.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
        assertTrue(page.contains(option.longestName()), command + " " + option.longestName());
      }
    }
    Set<String> codes = new TreeSet<>();
    for (Field f : ExitCode.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        codes.add(String.valueOf(f.getInt(null)));
      }
    }
    List<String> table = Docs.firstColumn(page.substring(page.indexOf("## Exit codes")));
    assertEquals(List.copyOf(codes), sorted(table), "the exit codes in Main's help are ExitCode's");
  }

  @Test
  void templateModelReferenceCoversEveryTemplatePageModelAndField() throws Exception {
    String page = pages.get("reference/template-models.md");
    List<String> templates;
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      templates = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftlh")).sorted().toList();
    }
    assertEquals(templates, sorted(Docs.firstColumn(page.substring(0, page.indexOf("## Types")))));
    for (Class<?> model : TemplatePlan.models()) {
      assertTrue(page.contains("### " + model.getSimpleName() + "\n"), model.getSimpleName());
    }
    for (Class<?> type : TemplateModelReference.reachable(TemplatePlan.models())) {
      String section = page.substring(page.indexOf("### " + type.getSimpleName() + "\n"));
      int next = section.indexOf("\n### ", 1);
      section = next < 0 ? section : section.substring(0, next);
      assertEquals(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(), Docs.firstColumn(section),
          type.getSimpleName());
      for (RecordComponent c : type.getRecordComponents()) {
        assertTrue(section.contains("| `" + c.getName() + "` | " + seenAs(c.getGenericType()) + " |"), type.getSimpleName() + "." + c.getName());
      }
    }
  }

  /** How a template sees a field, written out independently of the generator for the usual types. */
  private static String seenAs(Type type) {
    if (type == String.class) {
      return "string";
    }
    if (type == boolean.class) {
      return "boolean";
    }
    if (type == int.class || type == long.class) {
      return "number";
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return "[" + c.getSimpleName() + "](#type-" + c.getSimpleName() + ")";
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return "sequence of " + seenAs(p.getActualTypeArguments()[0]);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return "hash of " + seenAs(p.getActualTypeArguments()[1]) + " by " + seenAs(p.getActualTypeArguments()[0]);
    }
    return TemplateModelReference.describe(type);
  }

  @Test
  void messagesReferenceListsEveryKeyWithItsTextInEveryLanguage() throws Exception {
    String page = pages.get("reference/messages.md");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("templates/i18n"))) {
      for (Path f : files.toList()) {
        Properties p = new Properties();
        p.load(Files.newBufferedReader(f, StandardCharsets.UTF_8));
        keys.addAll(p.stringPropertyNames());
        assertTrue(page.contains("| " + f.getFileName().toString().replace(".properties", "") + " "), f.toString());
      }
    }
    assertEquals(List.copyOf(keys), Docs.firstColumn(page));
    Properties en = properties("en");
    Properties zh = properties("zh-Hans");
    for (String key : keys) {
      String row = "| `" + key + "` | " + MarkdownTable.text(en.getProperty(key)).strip() + " | " + MarkdownTable.text(zh.getProperty(key)).strip() + " |";
      assertTrue(page.contains(row), row);
    }
    assertTrue(page.contains("| `footer.manual` | Glossa manual (in English) | Glossa使用手册（英文） | Glossa使用手冊（英文） | `layout.ftlh` |"),
        "where a message is used");
  }

  private static Properties properties(String tag) throws Exception {
    Properties p = new Properties();
    p.load(Files.newBufferedReader(Path.of("templates/i18n/" + tag + ".properties"), StandardCharsets.UTF_8));
    return p;
  }

  private static List<String> sorted(java.util.Collection<String> c) {
    return c.stream().sorted().toList();
  }
}
