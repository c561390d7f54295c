package org.glossa.manual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.page.PageAssembler;
import org.glossa.page.PageModel;
import org.glossa.page.PageSpec;
import org.glossa.render.Messages;

/**
 * Which template renders which model, as the build plans the edition in {@code root}; and which
 * templates are libraries that others import or include.
 */
record TemplatePlan(SortedMap<String, Class<?>> templates, SortedMap<String, List<String>> libraries) {
  private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

  static TemplatePlan of(Path root) throws ContentException, IOException {
    Build build = new Build(BuildOptions.inFolder(root).checkOnly());
    Build.Sources sources = build.readSources();
    Diagnostics diagnostics = new Diagnostics();
    Messages messages = Messages.load(root.resolve("templates"), sources.config().languages(), diagnostics);
    if (diagnostics.hasErrors()) {
      throw new ContentException(diagnostics.sorted());
    }
    List<PageSpec> pages = new PageAssembler(sources.config(), messages, new MarkdownProcessor(), sources.glossary())
        .assemble(sources.articles());
    SortedMap<String, Class<?>> templates = new TreeMap<>();
    for (PageSpec page : pages) {
      Class<?> previous = templates.put(page.template(), page.model().getClass());
      if (previous != null && previous != page.model().getClass()) {
        throw new IllegalStateException(page.template() + " receives both " + previous.getSimpleName() + " and "
            + page.model().getClass().getSimpleName());
      }
    }
    return new TemplatePlan(templates, libraries(root.resolve("templates")));
  }

  private static SortedMap<String, List<String>> libraries(Path templatesDir) throws IOException {
    SortedMap<String, List<String>> libraries = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(templatesDir)) {
      files = list.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList();
    }
    for (Path file : files) {
      Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        List<String> users = libraries.computeIfAbsent(m.group(1), k -> new ArrayList<>());
        if (!users.contains(file.getFileName().toString())) {
          users.add(file.getFileName().toString());
        }
      }
    }
    return libraries;
  }

  /** Every kind of page model, including any the edition does not use. */
  static List<Class<?>> models() {
    return List.of(PageModel.class.getPermittedSubclasses());
  }
}
