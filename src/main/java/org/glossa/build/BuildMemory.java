package org.glossa.build;

import java.nio.file.Path;
import java.util.List;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.page.PageSpec;
import org.glossa.render.TemplateEngine;
import org.glossa.search.TokenMemo;

/**
 * What a build may keep from the build before it. The build is a chain of steps, each a function of
 * its inputs only: reading the configuration, glossary and bibliography; reading one article file;
 * planning the pages; rendering one page. A plain build keeps nothing ({@link #NONE}) and runs every
 * step. {@code serve} keeps the last result of each step and hands it back while the step's inputs
 * are equal to the ones it was made from, so that a change re-runs only the steps it reaches
 * ({@code org.glossa.serve.BuildCache}); a test proves that the result equals a full build byte for byte.
 */
public interface BuildMemory {
  /** One step of the build: reports its problems to the diagnostics it is given and returns its result. */
  @FunctionalInterface
  interface Step<T> {
    T run(Diagnostics diagnostics) throws ContentException;
  }

  /** Renders one page to its bytes; a template error is thrown. */
  @FunctionalInterface
  interface PageRender {
    byte[] render() throws ContentException;
  }

  /** A step's result and the problems it found, in the order {@link Diagnostics#sorted()} gives them. */
  record Outcome<T>(T value, List<Diagnostic> diagnostics) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Keeps nothing: every step runs. */
  BuildMemory NONE = new BuildMemory() {
    @Override
    public MarkdownProcessor markdown(boolean rawHtml) {
      return new MarkdownProcessor(rawHtml);
    }

    @Override
    public TemplateEngine templates(Path templatesDir) throws ContentException {
      return new TemplateEngine(templatesDir);
    }

    @Override
    public TokenMemo searchTokens() {
      return TokenMemo.NONE;
    }

    @Override
    public <T> Outcome<T> step(String slot, Object inputs, Step<T> step) throws ContentException {
      return BuildMemory.run(step);
    }

    @Override
    public byte[] page(PageSpec page, PageRender render) throws ContentException {
      return render.render();
    }
  };

  /**
   * The Markdown processor of a build, raw HTML allowed or not (stateless between documents, so it
   * may be shared by builds).
   */
  MarkdownProcessor markdown(boolean rawHtml);

  /** The template engine reading {@code templatesDir}. */
  TemplateEngine templates(Path templatesDir) throws ContentException;

  /** The search passages' tokens kept from the last index of each language (remade indexes reuse them). */
  TokenMemo searchTokens();

  /**
   * The outcome of {@code step}: run now, or the kept outcome of {@code slot} when it was made from
   * inputs equal to {@code inputs}.
   *
   * @param slot names the step and what it works on ({@code article content/a.en.md}); one outcome is kept per slot
   * @param inputs everything the step reads, as values with {@code equals} (records, lists, strings)
   */
  <T> Outcome<T> step(String slot, Object inputs, Step<T> step) throws ContentException;

  /** The bytes of {@code page}: rendered now, or kept while the page's model and every template it used are unchanged. */
  byte[] page(PageSpec page, PageRender render) throws ContentException;

  /** Runs a step with diagnostics of its own. */
  static <T> Outcome<T> run(Step<T> step) throws ContentException {
    Diagnostics diagnostics = new Diagnostics();
    T value = step.run(diagnostics);
    return new Outcome<>(value, diagnostics.sorted());
  }
}
