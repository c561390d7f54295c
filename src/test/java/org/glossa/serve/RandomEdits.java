package org.glossa.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random edits of an edition, of every kind an editor or a template author makes: article text,
 * notes, titles and dates, glossary entries and aliases, the bibliography, templates, interface
 * messages, style sheets, the configuration; adding and removing articles; breaking a file and
 * putting it back. Each edit says what it did, so that a failing sequence can be read.
 */
final class RandomEdits {
  private static final String[] ZH = {"腾讯", "混元", "RAG", "云", "大模型", "检索增强生成", "新词", "[[RAG]]", "[@gt-2018]", "又一句。"};
  private static final String[] EN = {"Tencent", "Hunyuan", "RAG", "cloud", "large model", "retrieval-augmented generation",
      "new words", "[[RAG]]", "[@gt-2018]", "Another sentence."};

  private final Path root;
  private final Random random;
  private final Map<Path, byte[]> originals = new HashMap<>();
  private final List<String> added = new ArrayList<>();
  private int counter;

  RandomEdits(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  /** Makes one random edit and says what it was. */
  String next() throws IOException {
    counter++;
    int kind = random.nextInt(100);
    if (kind < 22) {
      return articleLine(line -> isText(line), "text");
    } else if (kind < 28) {
      return articleLine(line -> line.startsWith("[^"), "note");
    } else if (kind < 32) {
      return articleLine(line -> line.startsWith("title: "), "title");
    } else if (kind < 35) {
      return replaceIn(pick(articles()), "(?m)^date: .*$", "date: 20" + (20 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)), "date");
    } else if (kind < 42) {
      return glossary();
    } else if (kind < 45) {
      return replaceIn(root.resolve("content/references.yaml"), "title: \"", "title: \"New " + counter + " ", "reference title");
    } else if (kind < 55) {
      return template();
    } else if (kind < 58) {
      return append(root.resolve("templates/i18n/en.properties"), "\nfooter.text=Edited footer " + counter + "\n", "message");
    } else if (kind < 60) {
      return append(root.resolve("templates/assets/glossa.css"), "\n.e" + counter + " { color: red; }\n", "style sheet");
    } else if (kind < 62) {
      return replaceIn(root.resolve("content/config.yaml"), "title: Test Edition", "title: Test Edition " + counter, "config");
    } else if (kind < 68) {
      return addArticle();
    } else if (kind < 72) {
      return removeArticle();
    } else if (kind < 75) {
      return breakFile();
    } else if (kind < 78) {
      return replaceIn(pick(articles().stream().filter(p -> p.toString().endsWith(".en.md")).toList()),
          "(?m)^title: ", "draft: " + random.nextBoolean() + "\ntitle: ", "draft");
    } else if (kind < 81) {
      return append(pick(articles()), "\nAn extra block " + counter + ".\n", "extra block");
    } else if (kind < 84) {
      Path file = pick(articles());
      write(file, Files.readAllBytes(file));
      return "touch " + rel(file);
    } else {
      return revert();
    }
  }

  private String articleLine(java.util.function.Predicate<String> which, String what) throws IOException {
    Path file = pick(articles());
    List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (which.test(lines.get(i))) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return "no " + what + " line in " + rel(file);
    }
    int i = pick(candidates);
    String[] words = file.toString().endsWith(".en.md") ? EN : ZH;
    String word = pick(List.of(words));
    lines.set(i, lines.get(i) + (words == EN ? " " : "") + word);
    write(file, String.join("\n", lines));
    return what + " of " + rel(file) + ":" + (i + 1) + " + '" + word + "'";
  }

  private static boolean isText(String line) {
    return !line.isBlank() && !line.startsWith("{") && !line.startsWith("[^") && !line.startsWith("---") && !line.contains(": ")
        && !line.startsWith(" ");
  }

  private String glossary() throws IOException {
    Path file = root.resolve("content/glossary.yaml");
    return switch (random.nextInt(4)) {
      case 0 -> replaceIn(file, "short: A company.", "short: A company " + counter + ".", "glossary definition");
      case 1 -> replaceIn(file, "headword: 混元\n", "headword: 混元\n    aliases: [混元大模型" + counter + "]\n", "glossary alias");
      case 2 -> append(file, "\ncloud" + counter + ":\n  category: concept\n  zh-Hans: {headword: 云" + counter + ", short: 云。, long: 云。}\n"
          + "  en: {headword: cloud" + counter + ", short: Cloud., long: Cloud.}\n", "glossary entry");
      default -> replaceIn(file, "aliases: [RAG]", "aliases: [RAG, 生成" + counter + "]", "glossary alias");
    };
  }

  private String template() throws IOException {
    List<Path> templates;
    try (Stream<Path> list = Files.list(root.resolve("templates"))) {
      templates = list.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList();
    }
    Path file = pick(templates);
    List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
    int i = random.nextInt(lines.size());
    lines.add(i, "<!--e" + counter + "-->");
    write(file, String.join("\n", lines));
    return "template " + rel(file) + ":" + (i + 1);
  }

  private String addArticle() throws IOException {
    String slug = "added/a" + counter;
    Path zh = root.resolve("content/" + slug + ".zh-Hans.md");
    Path en = root.resolve("content/" + slug + ".en.md");
    write(zh, "---\ntitle: 新文" + counter + "\ndate: 2025-0" + (1 + random.nextInt(9)) + "-01\n---\n\n混元与RAG。[^n]\n\n[^n]: 注。\n");
    if (random.nextInt(4) > 0) {
      write(en, "---\ntitle: New " + counter + "\ndate: 2025-01-01\n---\n\nHunyuan and RAG.[^n]\n\n[^n]: A note.\n");
    }
    added.add(slug);
    return "add " + slug;
  }

  private String removeArticle() throws IOException {
    if (added.isEmpty() || random.nextInt(5) == 0) {
      Path file = pick(articles());
      remember(file);
      Files.delete(file);
      return "delete " + rel(file);
    }
    String slug = added.remove(random.nextInt(added.size()));
    Files.deleteIfExists(root.resolve("content/" + slug + ".zh-Hans.md"));
    Files.deleteIfExists(root.resolve("content/" + slug + ".en.md"));
    return "remove " + slug;
  }

  private String breakFile() throws IOException {
    Path file = random.nextBoolean() ? pick(articles()) : root.resolve(random.nextBoolean() ? "content/glossary.yaml" : "templates/notes.ftlh");
    String broken = file.toString().endsWith(".ftlh") ? "<#if>" : file.toString().endsWith(".yaml") ? "rag: [\n" : "---\ntitle: [\n---\n";
    write(file, broken);
    return "break " + rel(file);
  }

  /** Puts every edited file back as it was, and removes the added articles. */
  String revertAll() throws IOException {
    for (Map.Entry<Path, byte[]> e : originals.entrySet()) {
      Files.createDirectories(e.getKey().getParent());
      Files.write(e.getKey(), e.getValue());
    }
    originals.clear();
    for (String slug : added) {
      Files.deleteIfExists(root.resolve("content/" + slug + ".zh-Hans.md"));
      Files.deleteIfExists(root.resolve("content/" + slug + ".en.md"));
    }
    added.clear();
    return "revert everything";
  }

  /** Puts one edited file back as it was (or deletes it when it was added). */
  private String revert() throws IOException {
    if (originals.isEmpty()) {
      return "nothing to revert";
    }
    List<Path> files = originals.keySet().stream().sorted().toList();
    Path file = pick(files);
    Files.createDirectories(file.getParent());
    Files.write(file, originals.remove(file));
    return "revert " + rel(file);
  }

  private String replaceIn(Path file, String regex, String replacement, String what) throws IOException {
    String text = read(file);
    String edited = text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(replacement));
    write(file, edited);
    return what + " in " + rel(file) + (edited.equals(text) ? " (no match)" : "");
  }

  private String append(Path file, String text, String what) throws IOException {
    write(file, read(file) + text);
    return what + " appended to " + rel(file);
  }

  List<Path> articles() throws IOException {
    try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(Path file, byte[] bytes) throws IOException {
    remember(file);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void remember(Path file) {
    if (!originals.containsKey(file) && Files.exists(file) && !added.stream().anyMatch(s -> file.toString().contains(s))) {
      try {
        originals.put(file, Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private String rel(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
