package org.glossa.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.glossa.build.BuildMemory;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.page.PageSpec;
import org.glossa.render.TemplateEngine;
import org.glossa.search.TokenMemo;

/**
 * What {@code serve} keeps from one build to the next: the dependency graph from the sources to the
 * pages, and each step's last result. A step (the basis of configuration, glossary and bibliography;
 * one article file; the page planner) is kept with the inputs it was made from, and handed back while
 * its inputs are equal: an article is read again only when its text or the basis changed. A page is
 * kept with its model and the version of every template it used (imports too), and rendered again
 * only when one of them changed. Planning the pages runs on every build, but reuses the views of
 * unchanged versions, so it is cheap; the models then tell which pages a change reaches: the
 * article's own pages in every language and mode, the home pages and feeds that list it, and the
 * glossary pages whose back-links moved.
 *
 * <p>Within a step that runs again, two pure functions remember their recent results: the
 * sanitiser (a re-read article cleans only its changed blocks) and the search tokeniser (a remade
 * index tokenises only the changed passages).
 *
 * <p>Only what the last successful build used is kept. One build at a time.
 */
public final class BuildCache implements BuildMemory {
  private record KeptStep(Object inputs, Outcome<?> outcome) {}

  private record KeptPage(PageSpec spec, Map<String, Long> templates, byte[] bytes) {}

  /** What the last build did: the steps it ran and the pages it rendered (the rest were kept). */
  public record Work(List<String> steps, List<String> pages) {
    public Work {
      steps = List.copyOf(steps);
      pages = List.copyOf(pages);
    }
  }

  private final Map<Boolean, MarkdownProcessor> markdown = new ConcurrentHashMap<>();
  private final TokenMemo searchTokens = TokenMemo.remembering();
  private final Map<String, KeptStep> steps = new ConcurrentHashMap<>();
  private final Map<String, KeptPage> pages = new ConcurrentHashMap<>();
  private final Set<String> usedSteps = ConcurrentHashMap.newKeySet();
  private final Set<String> usedPages = ConcurrentHashMap.newKeySet();
  private final List<String> ranSteps = new ArrayList<>();
  private final List<String> renderedPages = new ArrayList<>();
  private TemplateUse templateUse;
  private TemplateEngine engine;
  private Path engineDir;

  /** Starts a build. */
  public void begin() {
    usedSteps.clear();
    usedPages.clear();
    synchronized (this) {
      ranSteps.clear();
      renderedPages.clear();
    }
    if (templateUse != null) {
      templateUse.nextBuild();
    }
  }

  /** Ends a successful build: what it did not use is let go (a removed article, a page no longer made). */
  public void commit() {
    steps.keySet().retainAll(usedSteps);
    pages.keySet().retainAll(usedPages);
  }

  /**
   * Forgets the kept steps and pages (by output path) that the predicates accept, so that the next
   * build does their work again as if their sources had changed (serve's warm-up).
   */
  public void forget(Predicate<String> slots, Predicate<String> pagePaths) {
    steps.keySet().removeIf(slots);
    pages.keySet().removeIf(pagePaths);
  }

  /** The slots of the steps kept from the last build, sorted. */
  public List<String> slots() {
    return steps.keySet().stream().sorted().toList();
  }

  /** The output paths of the pages kept from the last build, sorted. */
  public List<String> pagePaths() {
    return pages.keySet().stream().sorted().toList();
  }

  /** What the build since {@link #begin()} ran and rendered. */
  public synchronized Work work() {
    return new Work(ranSteps, renderedPages);
  }

  @Override
  public MarkdownProcessor markdown(boolean rawHtml) {
    return markdown.computeIfAbsent(rawHtml, MarkdownProcessor::remembering);
  }

  @Override
  public TokenMemo searchTokens() {
    return searchTokens;
  }

  @Override
  public synchronized TemplateEngine templates(Path templatesDir) throws ContentException {
    if (engine == null || !templatesDir.equals(engineDir)) {
      engine = new TemplateEngine(templatesDir, files -> templateUse = new TemplateUse(files));
      engineDir = templatesDir;
      pages.clear();
    }
    return engine;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Outcome<T> step(String slot, Object inputs, Step<T> step) throws ContentException {
    usedSteps.add(slot);
    KeptStep kept = steps.get(slot);
    if (kept != null && kept.inputs().equals(inputs)) {
      return (Outcome<T>) kept.outcome();
    }
    Outcome<T> outcome = BuildMemory.run(step);
    steps.put(slot, new KeptStep(inputs, outcome));
    synchronized (this) {
      ranSteps.add(slot);
    }
    return outcome;
  }

  @Override
  public byte[] page(PageSpec page, PageRender render) throws ContentException {
    String path = page.outputPath();
    usedPages.add(path);
    KeptPage kept = pages.get(path);
    if (kept != null && kept.spec().equals(page) && unchanged(kept.templates())) {
      return kept.bytes();
    }
    templateUse.startRecording();
    byte[] bytes;
    Map<String, Long> used;
    try {
      bytes = render.render();
    } finally {
      used = templateUse.stopRecording();
    }
    pages.put(path, new KeptPage(page, used, bytes));
    synchronized (this) {
      renderedPages.add(path);
    }
    return bytes;
  }

  private boolean unchanged(Map<String, Long> templates) throws ContentException {
    try {
      return templateUse.unchanged(templates);
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(engineDir, 0, 0, "cannot read the templates: " + e.getMessage(), ""));
    }
  }
}
