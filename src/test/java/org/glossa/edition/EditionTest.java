package org.glossa.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.config.Language;
import org.glossa.content.Article;
import org.glossa.content.ArticleVersion;
import org.glossa.content.Glossary;
import org.glossa.markdown.Unit;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.markdown.glossary.TermMatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real edition, built: alignment, annotation of first occurrences, and the glossary pages. */
class EditionTest {
  @TempDir static Path dir;
  static Build.Sources sources;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    site = dir.resolve("site");
    Build build = new Build(BuildOptions.inFolder(Path.of("")).withOutput(site));
    assertTrue(build.run().ok(), build.diagnostics().toString());
    sources = new Build(BuildOptions.inFolder(Path.of("")).checkOnly()).readSources();
  }

  @Test
  void bothInterviewsAreFullyTranslatedUnitForUnit() {
    assertEquals(2, sources.articles().size());
    for (Article article : sources.articles()) {
      List<Unit> zh = article.versions().get("zh-Hans").body().units();
      List<Unit> en = article.versions().get("en").body().units();
      assertTrue(zh.size() >= 30, article.key());
      assertEquals(zh.stream().map(Unit::id).toList(), en.stream().map(Unit::id).toList(), article.key());
      for (Unit u : en) {
        assertTrue(u.text().length() > 5, article.key() + " #" + u.id() + " is empty");
      }
      assertEquals(article.versions().get("zh-Hans").body().notes().size(), article.versions().get("en").body().notes().size());
      assertTrue(article.original().body().notes().size() >= 15, article.key() + " has fewer than 15 editorial notes");
    }
  }

  @Test
  void everyGlossaryEntryIsAnnotatedAtItsFirstOccurrenceInEveryLanguage() throws Exception {
    Glossary glossary = sources.glossary();
    for (Article article : sources.articles()) {
      for (ArticleVersion version : article.versions().values()) {
        Language language = sources.config().language(version.lang()).orElseThrow();
        TermIndex index = TermIndex.of(glossary.formsIn(language.tag()));
        Path page = site.resolve(language.prefix()).resolve(version.source().urlPath()).resolve("index.html");
        Document doc = Jsoup.parse(Files.readString(page));
        Map<String, Integer> firstMatch = new LinkedHashMap<>();
        Map<String, Integer> firstTerm = new HashMap<>();
        int offset = 0;
        for (Element unit : doc.select(".article-body .unit:not(.unit-heading)")) {
          StringBuilder text = new StringBuilder();
          collect(unit, text, offset, firstTerm);
          for (TermMatch m : index.matcher().findAll(text)) {
            firstMatch.putIfAbsent(m.entryId(), offset + m.start());
          }
          offset += text.length() + 1;
        }
        String where = page.toString();
        // Entries may also be annotated where an editor wrote [[text|entry-id]] without a matching alias.
        firstMatch.forEach((id, at) -> assertEquals(at, firstTerm.get(id), where + ": '" + id + "' is not annotated at its first occurrence"));
        assertTrue(firstTerm.size() >= 20, where + " annotates only " + firstTerm.size() + " entries");
      }
    }
  }

  @Test
  void everyLanguageVersionAnnotatesTheSameEntries() {
    for (Article article : sources.articles()) {
      assertEquals(new TreeSet<>(article.original().body().terms()), new TreeSet<>(article.versions().get("en").body().terms()),
          article.key() + ": an entry mentioned in one language but not the other needs an alias or [[text|entry-id]]");
    }
  }

  @Test
  void theGlossaryPageListsEveryEntryInEveryLanguage() throws Exception {
    for (Language language : sources.config().languages()) {
      Document doc = Jsoup.parse(Files.readString(site.resolve(language.prefix()).resolve("glossary/index.html")));
      assertEquals(new TreeSet<>(sources.glossary().entries().keySet()), new TreeSet<>(doc.select(".entry").eachAttr("id")));
      assertTrue(doc.select(".backlinks a[href*=#p]").size() > 100, "back-links to passages");
    }
  }

  /** Visible text of a unit, without notes; records where each annotated term starts. */
  private static void collect(Node node, StringBuilder text, int base, Map<String, Integer> firstTerm) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (child instanceof Element e) {
        if (e.hasClass("sidenote") || e.hasClass("note-ref") || e.hasClass("note-toggle-label") || e.hasClass("speaker")) {
          continue;
        }
        if (e.hasClass("term")) {
          firstTerm.putIfAbsent(e.attr("data-term"), base + text.length());
        }
        collect(e, text, base, firstTerm);
      }
    }
  }
}
