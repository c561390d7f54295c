package org.glossa.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.RenderedDocument;
import org.glossa.markdown.Unit;

/** Reads one article file: UTF-8 text, front matter, Markdown body; checks that every turn names a speaker. */
public final class ArticleReader {
  private final MarkdownProcessor markdown;

  public ArticleReader(MarkdownProcessor markdown) {
    this.markdown = markdown;
  }

  public Optional<ArticleVersion> read(ArticleSource source, Diagnostics diagnostics) {
    Optional<SourceFile> file = SourceFile.read(source.path(), diagnostics);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> frontMatter = FrontMatterReader.read(file.get(), diagnostics);
    if (frontMatter.isEmpty()) {
      return Optional.empty();
    }
    Document document = markdown.parse(file.get().text());
    RenderedDocument body = markdown.render(document, source.path(), source.lang().toLowerCase(), diagnostics);
    for (Unit unit : body.units()) {
      unit.turn().filter(t -> !frontMatter.get().speakers().containsKey(t)).ifPresent(t ->
          diagnostics.error(source.path(), unit.line(), 0, "turn=" + t + " names no speaker of this article",
              "add '" + t + ": {name: ..., role: interviewee}' under speakers: in the front matter, or fix the id"));
    }
    return Optional.of(new ArticleVersion(source, frontMatter.get(), body));
  }
}
