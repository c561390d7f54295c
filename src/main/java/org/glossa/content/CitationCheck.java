package org.glossa.content;

import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Rule;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.Citation;
import org.glossa.markdown.citation.Cite;
import org.glossa.markdown.citation.Reference;
import org.glossa.source.SourceFile;

/**
 * Checks the citations that are not in articles (those are checked as the articles are rendered):
 * the glossary's {@code sources:} and the {@code [@key]} in its definitions must name works of the
 * bibliography; and every work of the bibliography should be cited somewhere.
 */
public final class CitationCheck {
  private CitationCheck() {}

  /** The keys the glossary cites; reports those the bibliography lacks, at their place in glossary.yaml. */
  public static Set<String> glossary(Glossary glossary, Bibliography bibliography, MarkdownProcessor markdown, Path file,
      Diagnostics diagnostics) {
    List<String> lines = SourceFile.read(file, new Diagnostics()).map(f -> f.text().lines().toList()).orElse(List.of());
    Set<String> cited = new LinkedHashSet<>();
    for (GlossaryEntry entry : glossary.list()) {
      for (GlossaryEntry.Source source : entry.sources()) {
        cited.add(source.key());
        if (bibliography.reference(source.key()).isEmpty()) {
          diagnostics.error(file, source.line(), source.column(), "unknown reference '" + source.key() + "' in the sources of '" + entry.id() + "'",
              "add it to content/" + BibliographyLoader.FILE + ", or fix the key");
        }
      }
      for (GlossaryEntry.Sense sense : entry.senses().values()) {
        check(sense.shortDefinition(), sense.shortLine(), bibliography, markdown, file, lines, cited, diagnostics);
        check(sense.longDefinition(), sense.longLine(), bibliography, markdown, file, lines, cited, diagnostics);
      }
    }
    return cited;
  }

  private static void check(String text, int firstLine, Bibliography bibliography, MarkdownProcessor markdown, Path file,
      List<String> lines, Set<String> cited, Diagnostics diagnostics) {
    for (Node node : markdown.parse(text).getDescendants()) {
      if (!(node instanceof Citation citation)) {
        continue;
      }
      for (Cite cite : citation.cites()) {
        cited.add(cite.key());
        if (bibliography.reference(cite.key()).isEmpty()) {
          int line = firstLine + (int) text.substring(0, cite.offset()).chars().filter(c -> c == '\n').count();
          String source = line - 1 < lines.size() && line >= 1 ? lines.get(line - 1) : "";
          int column = source.indexOf("@" + cite.key()) + 1;
          diagnostics.error(file, line, Math.max(column, 0), "unknown reference '@" + cite.key() + "'",
              "add it to content/" + BibliographyLoader.FILE + ", or fix the key");
        }
      }
    }
  }

  /** Warns about every work of the bibliography that nothing cites. */
  public static void unused(Bibliography bibliography, Set<String> cited, Path file, Diagnostics diagnostics) {
    for (Reference reference : bibliography.references().values()) {
      if (!cited.contains(reference.key())) {
        diagnostics.warning(Rule.UNUSED_REFERENCE, file, reference.line(), 1, "reference '" + reference.key() + "' is never cited",
            "cite it as [@" + reference.key() + "] in a note or glossary definition, or remove it");
      }
    }
  }
}
