package org.glossa.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.RenderRequest;
import org.glossa.markdown.RenderedDocument;
import org.glossa.markdown.Unit;
import org.glossa.markdown.glossary.Annotator;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.config.AnnotationScope;
import org.glossa.source.SourceEdits;
import org.glossa.source.SourceFile;
import org.glossa.source.TextInsertion;

/**
 * Writes into an article's files the ids its blocks already have: the original's position ids, and
 * in each translation the ids of the original's blocks it is aligned with. Existing ids are never
 * changed, and nothing else in a file is: its bytes stay as they were around each inserted id. Each
 * new text is parsed again and must render exactly as before, with the ids it was meant to get.
 */
public final class IdWriter {
  /** A file's new text and the number of ids written into it. */
  public record Change(Path path, String text, int added) {}

  private final MarkdownProcessor markdown;

  public IdWriter(MarkdownProcessor markdown) {
    this.markdown = markdown;
  }

  /** The files of {@code article} that need ids, with their new text; problems go to {@code diagnostics}. */
  public List<Change> changes(Article article, Diagnostics diagnostics) throws IOException {
    ArticleVersion original = article.original();
    List<Change> changes = new ArrayList<>();
    for (ArticleVersion version : article.versions().values()) {
      List<Unit> units = version.body().units();
      if (units.stream().allMatch(Unit::explicitId)) {
        continue;
      }
      if (version != original && Alignment.drift(original.body().units(), units).isPresent()) {
        diagnostics.error(version.source().path(), 0, 0, "no ids written: this translation does not line up with its original",
            "run 'glossa check' to see where it drifts apart, align it, then write the ids");
        continue;
      }
      List<String> ids = (version == original ? units : original.body().units()).stream().map(Unit::id).toList();
      change(version.source().path(), ids, diagnostics).ifPresent(changes::add);
    }
    return changes;
  }

  private Optional<Change> change(Path path, List<String> ids, Diagnostics diagnostics) throws IOException {
    String onDisk = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    String before = normalised(path, onDisk);
    List<TextInsertion> insertions = markdown.idInsertions(before, ids);
    String updated = SourceEdits.apply(onDisk, insertions);
    List<Unit> was = render(path, before);
    List<Unit> now = render(path, normalised(path, updated));
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      if (i >= was.size() || i >= now.size() || !sameBlock(was.get(i), now.get(i)) || !now.get(i).explicitId()
          || !now.get(i).id().equals(ids.get(i))) {
        int line = i < was.size() ? was.get(i).line() : 0;
        diagnostics.error(path, line, 0, "no ids written: an id cannot be added to this block without changing how it reads",
            "write {#" + (i < ids.size() ? ids.get(i) : "p" + (i + 1)) + "} into it by hand (see the README on ids), then run glossa ids again");
        return Optional.empty();
      }
    }
    return Optional.of(new Change(path, updated, insertions.size()));
  }

  private static String normalised(Path path, String text) {
    return SourceFile.decode(path, text.getBytes(StandardCharsets.UTF_8), new Diagnostics()).orElseThrow().text();
  }

  private List<Unit> render(Path path, String text) {
    RenderRequest request = new RenderRequest(path, "ids", "", new Annotator(TermIndex.EMPTY, AnnotationScope.EVERY));
    RenderedDocument document = markdown.render(markdown.parse(text), request, new Diagnostics());
    return document.units();
  }

  private static boolean sameBlock(Unit a, Unit b) {
    return a.kind() == b.kind() && a.html().equals(b.html()) && a.turn().equals(b.turn())
        && a.sourceHash().equals(b.sourceHash()) && Objects.equals(a.notes(), b.notes()) && a.headingLevel() == b.headingLevel();
  }
}
