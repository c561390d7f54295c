package org.glossa.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;
import org.glossa.markdown.Note;
import org.glossa.markdown.Unit;

/**
 * Aligns every translation with its original ({@link Alignment}: by position, ids where both files
 * have them) and gives each translated block its original's id, so that {@code #p12} is the same
 * passage in every language whether or not the files carry ids. Reports the first block where a
 * translation drifts apart, with both files' lines; notes that differ; empty blocks; and blocks whose
 * original changed since they were translated ({@code src=} hash differs). Drafts are work in
 * progress: they are aligned when they can be, and never reported.
 */
public final class AlignmentCheck {
  private AlignmentCheck() {}

  /** The article with its translations aligned to its original. */
  public static Article align(Article article, Diagnostics diagnostics) {
    ArticleVersion original = article.original();
    Map<String, ArticleVersion> versions = new LinkedHashMap<>();
    for (ArticleVersion version : article.versions().values()) {
      boolean aligned = true;
      if (version != original) {
        boolean draft = original.frontMatter().draft() || version.frontMatter().draft();
        aligned = draft ? Alignment.drift(original.body().units(), version.body().units()).isEmpty()
            : checkUnits(original, version, diagnostics) & checkNotes(original, version, diagnostics);
      }
      versions.put(version.lang(), aligned ? withIdsOf(original, version) : version);
    }
    return new Article(article.key(), versions, article.originalLang());
  }

  private static ArticleVersion withIdsOf(ArticleVersion original, ArticleVersion version) {
    List<String> ids = original.body().units().stream().map(Unit::id).toList();
    return version == original ? version : new ArticleVersion(version.source(), version.frontMatter(), version.body().withUnitIds(ids));
  }

  private static boolean checkUnits(ArticleVersion original, ArticleVersion translation, Diagnostics diagnostics) {
    List<Unit> from = original.body().units();
    List<Unit> to = translation.body().units();
    Path path = translation.source().path();
    String originalName = original.source().path().getFileName().toString();
    var drift = Alignment.drift(from, to);
    if (drift.isPresent()) {
      int i = drift.get().index();
      int line = i < to.size() ? to.get(i).line() : to.isEmpty() ? 1 : to.get(to.size() - 1).line();
      String there = i < from.size() ? originalName + ":" + from.get(i).line() : "the end of " + originalName;
      diagnostics.error(path, line, 0, drift.get().what() + " (" + there + "): the translation drifts apart from its original here",
          "the translation has " + to.size() + " blocks and the original " + from.size()
              + "; each block translates the original's block at the same position, so add, remove, split or merge blocks from here on");
      return false;
    }
    for (int i = 0; i < to.size(); i++) {
      Unit t = to.get(i);
      Unit o = from.get(i);
      if (t.text().isBlank() && !o.text().isBlank()) {
        diagnostics.error(path, t.line(), 0, "unit {#" + o.id() + "} is empty", "translate " + originalName + ":" + o.line() + " here");
      }
      t.sourceHash().filter(h -> !h.equals(o.textHash())).ifPresent(h ->
          diagnostics.warning(Rule.STALE_TRANSLATION, path, t.line(), 0, "unit {#" + o.id() + "} may be stale: its original changed since it was translated",
              "compare with " + originalName + ":" + o.line() + ", then set src=" + o.textHash()));
    }
    return true;
  }

  private static boolean checkNotes(ArticleVersion original, ArticleVersion translation, Diagnostics diagnostics) {
    List<Note> from = original.body().notes();
    List<Note> to = translation.body().notes();
    for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
      String expected = i < from.size() ? from.get(i).label() : null;
      String actual = i < to.size() ? to.get(i).label() : null;
      if (expected == null || !expected.equals(actual)) {
        int line = i < to.size() ? to.get(i).line() : 1;
        diagnostics.error(translation.source().path(), line, 0,
            "note " + (i + 1) + " is [^" + actual + "] but in the original it is [^" + expected + "]",
            "every language version refers to the same notes in the same order, so they are numbered alike");
        return false;
      }
    }
    return true;
  }
}
