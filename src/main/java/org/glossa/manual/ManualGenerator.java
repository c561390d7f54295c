package org.glossa.manual;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glossa.cli.Main;
import org.glossa.diag.ContentException;
import org.glossa.diag.DiagnosticPrinter;

/**
 * Writes the manual's reference pages from the code, as Markdown for maven-site-plugin: front matter,
 * configuration, commands and exit codes, warning rules, template models and interface messages.
 * {@code mvn site} runs it in the pre-site phase:
 * {@code ManualGenerator <project folder> target/generated-site/markdown}.
 */
public final class ManualGenerator {
  private final Path root;

  /** @param root the project folder: content/, templates/ and src/main/java */
  public ManualGenerator(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ManualGenerator <project folder> <output folder, e.g. target/generated-site/markdown>");
      System.exit(2);
    }
    try {
      new ManualGenerator(Path.of(args[0])).write(Path.of(args[1]));
    } catch (ContentException e) {
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      err.println("the manual's template reference plans the edition's pages, and the edition has errors:");
      new DiagnosticPrinter(err, Path.of("")).print(e.diagnostics());
      System.exit(1);
    }
  }

  /** Every generated page: its path below the Markdown folder → its Markdown. */
  public Map<String, String> pages() throws IOException, ContentException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("reference/front-matter.md", KeyReference.frontMatter());
    pages.put("reference/configuration.md", KeyReference.configuration());
    pages.put("reference/commands.md", CommandReference.page(commandLine()));
    pages.put("reference/warnings.md", KeyReference.warnings());
    TemplatePlan plan = TemplatePlan.of(root);
    pages.put("reference/template-models.md", new TemplateModelReference(root.resolve("src/main/java"))
        .page(plan.templates(), plan.libraries(), TemplatePlan.models()));
    pages.put("reference/messages.md", MessageReference.page(root.resolve("templates"), root.resolve("src/main/java")));
    return pages;
  }

  public void write(Path out) throws IOException, ContentException {
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Path file = out.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The command line as {@code glossa} builds it, with streams that go nowhere. */
  public static picocli.CommandLine commandLine() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return new Main(nowhere, nowhere).commandLine().setUsageHelpWidth(100);
  }
}
