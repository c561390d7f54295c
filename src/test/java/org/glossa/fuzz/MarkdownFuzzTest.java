package org.glossa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.ast.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.config.AnnotationScope;
import org.glossa.config.ConfigLoader;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryLoader;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.Note;
import org.glossa.markdown.RenderRequest;
import org.glossa.markdown.RenderedDocument;
import org.glossa.markdown.Unit;
import org.glossa.markdown.glossary.Annotator;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.source.SourceFile;

/**
 * Issue 8: fuzzes the Markdown → HTML path (front matter, units and attribute blocks, notes, the
 * edition's glossary annotation, raw HTML with rawHtml off and on, the sanitiser). Invariant: no
 * exception escapes (problems are diagnostics), and no fragment written could run script
 * ({@link NoScript}). Seeds: excerpts of the edition and the golden files in
 * {@code MarkdownFuzzTestInputs/markdownToHtml/}. In the suite it fuzzes for a few seconds
 * ({@code JAZZER_FUZZ=1}, see pom.xml); without that variable it replays the seeds.
 */
class MarkdownFuzzTest {
  static final Path PATH = Path.of("fuzz.md");
  static final List<MarkdownProcessor> PROCESSORS = List.of(new MarkdownProcessor(false), new MarkdownProcessor(true));
  static final List<TermIndex> INDEXES = editionTermIndexes();

  /** The term index of each language of the real edition, so that annotation runs on real glossary forms. */
  private static List<TermIndex> editionTermIndexes() {
    Diagnostics diagnostics = new Diagnostics();
    Path content = Path.of("content");
    SiteConfig config = SourceFile.read(content.resolve("config.yaml"), diagnostics)
        .flatMap(f -> ConfigLoader.load(f, diagnostics)).orElseThrow();
    Glossary glossary = GlossaryLoader.load(content, config.languages(), diagnostics);
    Map<String, TermIndex> indexes = new HashMap<>();
    for (Language language : config.languages()) {
      indexes.put(language.tag(), TermIndex.of(glossary.formsIn(language.tag())));
    }
    return List.copyOf(indexes.values());
  }

  @FuzzTest(maxDuration = "10s")
  void markdownToHtml(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    // rawHtml off or on, and the glossary of one language or the other, by the input's length.
    MarkdownProcessor markdown = PROCESSORS.get(data.length % 2);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> document = markdown.parse(text, PATH, diagnostics);
    if (document.isPresent()) {
      Annotator annotator = new Annotator(INDEXES.get(data.length / 2 % INDEXES.size()), AnnotationScope.FIRST_PER_ARTICLE);
      RenderedDocument rendered = markdown.render(document.get(), new RenderRequest(PATH, "t", "/g/", annotator), diagnostics);
      for (Unit unit : rendered.units()) {
        NoScript.check(unit.html());
      }
      for (Note note : rendered.notes()) {
        NoScript.check(note.inlineHtml());
        NoScript.check(note.blockHtml());
      }
    }
    markdown.checkFragment(text, PATH, 3, diagnostics);
    NoScript.check(markdown.renderFragment(text));
  }
}
