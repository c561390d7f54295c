package org.glossa.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.content.BibliographyLoader;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.PhraseTableLoader;
import org.glossa.content.ZhHantCheck;
import org.glossa.diag.Diagnostics;
import org.glossa.text.TraditionalConverter;

/**
 * {@code check}'s review of a generated script (zh-Hant): the places of every source the site
 * converts — each article file in the source language, the glossary, the configuration and the
 * source language's interface messages, the bibliography — whose Traditional form no editor's phrase has chosen,
 * and every phrase that applies nowhere ({@link ZhHantCheck}). Nothing when the site generates no
 * language.
 */
public final class ScriptReview {
  private ScriptReview() {}

  public static void run(Build.Site site, BuildOptions options, Diagnostics diagnostics) throws IOException {
    Set<String> from = new TreeSet<>();
    site.sources().config().languages().forEach(l -> l.convertFrom().ifPresent(from::add));
    if (from.isEmpty()) {
      return;
    }
    ZhHantCheck check = new ZhHantCheck(new TraditionalConverter(PhraseTableLoader.load(options.contentDir(), diagnostics)));
    List<String> texts = new ArrayList<>();
    for (Path source : sources(site, options, from)) {
      String text = Files.readString(source);
      texts.add(text);
      check.check(source, text, 0).forEach(diagnostics::add);
    }
    Path table = options.contentDir().resolve(PhraseTableLoader.FILE);
    if (Files.exists(table)) {
      check.unusedPhrases(table, texts).forEach(diagnostics::add);
    }
  }

  /** The files whose text is converted, in order. */
  private static List<Path> sources(Build.Site site, BuildOptions options, Set<String> from) {
    Set<Path> out = new TreeSet<>();
    site.sources().articles().forEach(a -> a.versions().values().stream().filter(v -> from.contains(v.lang()))
        .forEach(v -> out.add(v.source().path())));
    List<Path> all = new ArrayList<>(out);
    all.add(options.configFile());
    for (String name : List.of(GlossaryLoader.FILE, BibliographyLoader.FILE)) {
      Path file = options.contentDir().resolve(name);
      if (Files.exists(file)) {
        all.add(file);
      }
    }
    // The generated language's committed messages were made from the source's by the same conversion.
    for (String tag : from) {
      Path messages = options.templatesDir().resolve("i18n").resolve(tag + ".properties");
      if (Files.exists(messages)) {
        all.add(messages);
      }
    }
    return all;
  }
}
