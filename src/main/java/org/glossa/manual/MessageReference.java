package org.glossa.manual;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The interface messages of {@code templates/i18n/<tag>.properties}: every key with its text in each
 * language, and the templates or page code that use it (literally, or through a prefix such as
 * {@code "category." + entry.category}).
 */
final class MessageReference {
  private MessageReference() {}

  static String page(Path templatesDir, Path sourceRoot) throws IOException {
    Map<String, Properties> languages = new TreeMap<>();
    try (Stream<Path> files = Files.list(templatesDir.resolve("i18n"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(reader);
        }
        languages.put(file.getFileName().toString().replace(".properties", ""), p);
      }
    }
    Map<String, String> users = users(templatesDir, sourceRoot);
    TreeSet<String> keys = new TreeSet<>();
    languages.values().forEach(p -> p.stringPropertyNames().forEach(keys::add));
    List<String> header = new ArrayList<>(List.of("key"));
    languages.keySet().forEach(header::add);
    header.add("used in");
    MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
    for (String key : keys) {
      List<String> row = new ArrayList<>(List.of(MarkdownTable.code(key)));
      languages.values().forEach(p -> row.add(MarkdownTable.text(p.getProperty(key, "—").strip())));
      row.add(usedIn(key, users));
      table.row(row.toArray(String[]::new));
    }
    return """
        # Interface messages

        The words of the interface come from `templates/i18n/<tag>.properties`, one file per language
        of the site, in UTF-8. A template reads them as `${page.site.msg["nav.home"]}`; every
        language must define every key that another defines (the build names the missing ones).
        `{0}` in a text is filled in by the page code. These are the keys of this edition's templates:

        """ + table.render();
  }

  /** File name → its text, for the templates and the page package's Java sources. */
  private static Map<String, String> users(Path templatesDir, Path sourceRoot) throws IOException {
    Map<String, String> users = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(templatesDir)) {
      list.filter(f -> f.toString().endsWith(".ftlh")).forEach(files::add);
    }
    Path page = sourceRoot.resolve("org/glossa/page");
    if (Files.isDirectory(page)) {
      try (Stream<Path> list = Files.list(page)) {
        list.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
      }
    }
    for (Path file : files) {
      users.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    return users;
  }

  private static String usedIn(String key, Map<String, String> users) {
    String prefix = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : null;
    List<String> names = new ArrayList<>();
    users.forEach((name, text) -> {
      if (text.contains("\"" + key + "\"") || prefix != null && text.matches("(?s).*\"" + java.util.regex.Pattern.quote(prefix) + "\"\\s*\\+.*")) {
        names.add(MarkdownTable.code(name));
      }
    });
    return names.isEmpty() ? "—" : String.join(", ", names);
  }
}
