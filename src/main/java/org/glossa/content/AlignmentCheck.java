package org.glossa.content;

import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.Note;
import org.glossa.markdown.Unit;
import org.glossa.diag.Rule;

/**
 * Checks that every translation has exactly its original's units (same ids, same turns, same
 * order), the same notes in the same order, and flags units whose original changed since they were
 * translated ({@code src=} hash differs). Drafts are work in progress and are not checked.
 */
public final class AlignmentCheck {
  private AlignmentCheck() {}

  public static void check(Article article, Diagnostics diagnostics) {
    ArticleVersion original = article.original();
    if (original.frontMatter().draft()) {
      return;
    }
    for (ArticleVersion version : article.versions().values()) {
      if (version != original && version.isTranslation() && !version.frontMatter().draft()) {
        checkUnits(original, version, diagnostics);
        checkNotes(original, version, diagnostics);
      }
    }
  }

  private static void checkUnits(ArticleVersion original, ArticleVersion translation, Diagnostics diagnostics) {
    List<Unit> from = original.body().units();
    List<Unit> to = translation.body().units();
    Path path = translation.source().path();
    Path originalPath = original.source().path();
    for (Unit u : from) {
      if (!u.explicitId()) {
        diagnostics.error(originalPath, u.line(), 0, "this block has no id, so its translations cannot be aligned with it",
            "add an attribute line such as {#p" + (from.indexOf(u) + 1) + "} after it (or at the end of a heading)");
        return;
      }
    }
    for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
      if (i >= to.size()) {
        int line = to.isEmpty() ? 1 : to.get(to.size() - 1).line();
        diagnostics.error(path, line, 0, "the translation ends before the original's unit {#" + from.get(i).id() + "}",
            "translate " + originalPath.getFileName() + ":" + from.get(i).line() + " and the units after it");
        return;
      }
      Unit t = to.get(i);
      if (i >= from.size()) {
        diagnostics.error(path, t.line(), 0, "unit {#" + t.id() + "} has no counterpart in the original",
            "the original " + originalPath.getFileName() + " has " + from.size() + " units; remove or merge this one");
        return;
      }
      Unit o = from.get(i);
      if (!t.explicitId() || !t.id().equals(o.id())) {
        diagnostics.error(path, t.line(), 0, "unit " + (t.explicitId() ? "{#" + t.id() + "}" : "without an id")
            + " is where the original has {#" + o.id() + "} (" + originalPath.getFileName() + ":" + o.line() + ")",
            "the translation has drifted from the original here: give each paragraph the id of the paragraph it translates, in the same order");
        return;
      }
      if (!t.turn().equals(o.turn()) || t.kind() != o.kind()) {
        diagnostics.error(path, t.line(), 0, "unit {#" + t.id() + "} is a " + describe(t) + " but the original's is a " + describe(o),
            "use the same kind of block and the same turn= as " + originalPath.getFileName() + ":" + o.line());
      }
      if (t.text().isBlank()) {
        diagnostics.error(path, t.line(), 0, "unit {#" + t.id() + "} is empty", "translate the original's unit here");
      }
      t.sourceHash().filter(h -> !h.equals(o.textHash())).ifPresent(h ->
          diagnostics.warning(Rule.STALE_TRANSLATION, path, t.line(), 0, "unit {#" + t.id() + "} may be stale: its original changed since it was translated",
              "compare with " + originalPath.getFileName() + ":" + o.line() + ", then set src=" + o.textHash()));
    }
  }

  private static void checkNotes(ArticleVersion original, ArticleVersion translation, Diagnostics diagnostics) {
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
        return;
      }
    }
  }

  private static String describe(Unit u) {
    return u.kind().name().toLowerCase(java.util.Locale.ROOT) + u.turn().map(s -> " (turn of " + s + ")").orElse("");
  }
}
