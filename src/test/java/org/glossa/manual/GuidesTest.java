package org.glossa.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.config.ConfigLoader;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.FrontMatterReader;
import org.glossa.content.BibliographyLoader;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.PhraseTableLoader;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hand-written guides and the README name only commands, options and keys the code has, their
 * examples are accepted by the code, and the editor's guide has a section for every command — or a
 * marked place (<!-- pending: name -->) for a command that is still being built, which must be
 * written up once the command exists.
 */
class GuidesTest {
  private static final Pattern SECTION = Pattern.compile("(?m)^### glossa (\\S+)\\n\\n(<!-- pending: (\\S+) -->)?");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w./-])glossa(?:\\.jar)? ([a-z][a-z-]*)");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");
  /** Programs other than Glossa whose options the docs show. */
  private static final Set<String> OTHER_PROGRAMS = Set.of("mvn", "python3", "git", "apt-get", "sudo", "chromium");

  private final CommandLine cli = ManualGenerator.commandLine();
  private final Set<String> commands = new TreeSet<>(cli.getSubcommands().keySet());

  @Test
  void theEditorsGuideDocumentsEveryCommandAndMarksOnlyMissingOnesPending() throws Exception {
    String guide = Docs.handWritten().get("editors-guide.md");
    Set<String> written = new TreeSet<>();
    Set<String> pending = new TreeSet<>();
    Matcher m = SECTION.matcher(guide);
    while (m.find()) {
      (m.group(2) == null ? written : pending).add(m.group(1));
      if (m.group(3) != null) {
        assertEquals(m.group(1), m.group(3), "a pending marker names its own section's command");
      }
    }
    for (String command : commands) {
      assertFalse(pending.contains(command), "glossa " + command + " exists now: replace the pending note under '### glossa "
          + command + "' in src/site/markdown/editors-guide.md with a description of the command");
      assertTrue(written.contains(command), "src/site/markdown/editors-guide.md has no section '### glossa " + command + "'");
    }
    for (String command : written) {
      assertTrue(commands.contains(command), "the editor's guide describes glossa " + command + ", which does not exist");
    }
    assertTrue(guide.contains("*Not in this version yet.*") == !pending.isEmpty(), "pending sections say so to the reader");
  }

  @Test
  void theDocsNameOnlyRealCommands() throws Exception {
    Set<String> known = new TreeSet<>(commands);
    Matcher pendingMarks = Pattern.compile("<!-- pending: (\\S+) -->").matcher(Docs.handWritten().get("editors-guide.md"));
    while (pendingMarks.find()) {
      known.add(pendingMarks.group(1));
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, String> doc : Docs.handWritten().entrySet()) {
      Matcher m = MENTION.matcher(doc.getValue());
      while (m.find()) {
        if (!known.contains(m.group(1))) {
          unknown.add(doc.getKey() + ": glossa " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void theDocsNameOnlyRealOptions() throws Exception {
    Set<String> options = new TreeSet<>();
    for (CommandLine command : cli.getSubcommands().values()) {
      command.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, String> doc : Docs.handWritten().entrySet()) {
      for (String snippet : snippets(doc.getValue())) {
        String program = snippet.strip().split("\\s+")[0];
        if (OTHER_PROGRAMS.contains(program)) {
          continue;
        }
        Matcher m = OPTION.matcher(snippet);
        while (m.find()) {
          if (!options.contains(m.group(1))) {
            unknown.add(doc.getKey() + ": " + m.group(1) + " in `" + snippet.strip() + "`");
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(options.containsAll(List.of("--base-url", "--strict", "--dry-run")), options.toString());
  }

  /** The code spans of the prose and the lines of the fenced blocks. */
  private static List<String> snippets(String markdown) {
    List<String> snippets = new ArrayList<>();
    Matcher m = CODE.matcher(Docs.prose(markdown));
    while (m.find()) {
      snippets.add(m.group(1));
    }
    for (String lang : List.of("", "sh")) {
      Docs.blocks(markdown, lang).forEach(b -> snippets.addAll(List.of(b.split("\n"))));
    }
    return snippets;
  }

  @Test
  void configurationExamplesLoad(@TempDir Path dir) throws Exception {
    int examples = 0;
    for (Map.Entry<String, String> doc : Docs.handWritten().entrySet()) {
      for (String yaml : Docs.blocks(doc.getValue(), "yaml")) {
        if (yaml.contains("\nlanguages:") || yaml.startsWith("baseUrl:")) {
          Diagnostics diagnostics = new Diagnostics();
          Optional<SiteConfig> config = ConfigLoader.load(new SourceFile(dir.resolve("config.yaml"), yaml), diagnostics);
          assertTrue(config.isPresent() && diagnostics.isEmpty(), doc.getKey() + ": " + diagnostics.sorted());
          examples++;
        }
      }
    }
    assertTrue(examples > 0, "the README shows a configuration");
  }

  @Test
  void glossaryExamplesLoad(@TempDir Path dir) throws Exception {
    List<Language> languages = List.of(new Language("zh-Hans", "zh-hans", "简体中文", "t", ""), new Language("en", "en", "English", "t", ""));
    int examples = 0;
    for (Map.Entry<String, String> doc : Docs.handWritten().entrySet()) {
      for (String yaml : Docs.blocks(doc.getValue(), "yaml")) {
        if (Character.UnicodeScript.of(yaml.codePointAt(0)) == Character.UnicodeScript.HAN) {
          Diagnostics diagnostics = new Diagnostics();
          PhraseTableLoader.parse(new SourceFile(dir.resolve(PhraseTableLoader.FILE), yaml), diagnostics);
          assertTrue(diagnostics.isEmpty(), doc.getKey() + ": " + diagnostics.sorted());
        } else if (!yaml.contains("\nlanguages:") && !yaml.startsWith("baseUrl:")) {
          boolean reference = yaml.contains("\n  language:");
          Files.writeString(dir.resolve(reference ? BibliographyLoader.FILE : GlossaryLoader.FILE), yaml, StandardCharsets.UTF_8);
          Diagnostics diagnostics = new Diagnostics();
          if (reference) {
            BibliographyLoader.load(dir, languages, diagnostics);
          } else {
            GlossaryLoader.load(dir, languages, diagnostics);
          }
          assertTrue(diagnostics.isEmpty(), doc.getKey() + ": " + diagnostics.sorted());
          examples++;
        }
      }
    }
    assertTrue(examples > 0, "the editor's guide shows a glossary entry");
  }

  @Test
  void frontMatterExamplesAreAccepted() throws Exception {
    Map<String, String> examples = new LinkedHashMap<>();
    for (Map.Entry<String, String> doc : Docs.handWritten().entrySet()) {
      for (String markdown : Docs.blocks(doc.getValue(), "markdown")) {
        if (markdown.startsWith("---\n")) {
          examples.put(doc.getKey() + " #" + examples.size(), markdown);
        }
      }
    }
    assertTrue(examples.size() >= 2, "the README and the editor's guide show front matter: " + examples.keySet());
    examples.forEach((where, markdown) -> {
      Diagnostics diagnostics = new Diagnostics();
      assertTrue(FrontMatterReader.read(new SourceFile(Path.of("a.zh-Hans.md"), markdown), diagnostics).isPresent(),
          where + ": " + diagnostics.sorted());
    });
  }
}
