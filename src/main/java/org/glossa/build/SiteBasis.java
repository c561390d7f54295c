package org.glossa.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.glossa.config.ConfigLoader;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.content.BibliographyLoader;
import org.glossa.content.CitationCheck;
import org.glossa.content.Glossary;
import org.glossa.content.GlossaryLoader;
import org.glossa.content.PhraseTableLoader;
import org.glossa.content.ScriptConversion;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.glossary.TermIndex;
import org.glossa.source.SourceFile;
import org.glossa.text.PhraseTable;
import org.glossa.text.TraditionalConverter;
import org.glossa.text.Warmup;

/**
 * What every article is read against: the configuration, the glossary with its matcher for each
 * language, the bibliography, and the works the glossary cites. One step of the build, made from
 * the three files' texts.
 *
 * @param markdown the Markdown processor the configuration asks for (raw HTML allowed or not)
 *
 * @param glossaryCitations the keys the glossary cites (its {@code sources:} and its definitions' {@code [@key]})
 */
record SiteBasis(SiteConfig config, MarkdownProcessor markdown, Glossary glossary, Bibliography bibliography, Map<String, TermIndex> termIndexes,
    Set<String> glossaryCitations, ScriptConversion conversion) {

  /**
   * The texts the basis is made from: the configuration, and the glossary, bibliography and
   * Traditional phrase table when they exist.
   */
  record Files(SourceFile config, Optional<SourceFile> glossary, Optional<SourceFile> references, Optional<SourceFile> phrases,
      Optional<URI> baseUrl) {}

  /**
   * Reads the basis, stopping (empty) after the configuration, the glossary and bibliography, or the
   * matchers when they have errors; the glossary's citations are checked last and never stop it.
   */
  static Optional<SiteBasis> read(Files files, Path contentDir, Function<Boolean, MarkdownProcessor> processors,
      Diagnostics diagnostics) {
    Optional<SiteConfig> loaded = ConfigLoader.load(files.config(), diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    if (loaded.isEmpty()) {
      diagnostics.add(Diagnostic.error(files.config().path(), 0, 0, "the site configuration could not be read", ""));
      return Optional.empty();
    }
    diagnostics.configure(loaded.get().rules());
    Warmup.start(loaded.get().languages().stream().map(Language::tag).toList());
    TraditionalConverter converter = new TraditionalConverter(
        files.phrases().map(f -> PhraseTableLoader.parse(f, diagnostics)).orElse(PhraseTable.EMPTY));
    SiteConfig config = ScriptConversion.withTitles(files.baseUrl().map(loaded.get()::withBaseUrl).orElse(loaded.get()), converter);
    ScriptConversion conversion = new ScriptConversion(config, converter);
    Glossary glossary = conversion.glossary(
        files.glossary().map(f -> GlossaryLoader.load(f, config.languages(), diagnostics)).orElse(Glossary.EMPTY));
    Bibliography bibliography = conversion.bibliography(files.references()
        .map(f -> BibliographyLoader.load(f, config.languages(), diagnostics)).orElse(Bibliography.EMPTY));
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Path glossaryPath = contentDir.resolve(GlossaryLoader.FILE);
    MarkdownProcessor markdown = processors.apply(config.rawHtml());
    checkMarkup(glossary, markdown, glossaryPath, diagnostics);
    Map<String, TermIndex> indexes = termIndexes(config, glossary, glossaryPath, diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Set<String> cited = CitationCheck.glossary(glossary, bibliography, markdown,
        files.glossary().orElse(new SourceFile(glossaryPath, "")), diagnostics);
    return Optional.of(new SiteBasis(config, markdown, glossary, bibliography, Map.copyOf(indexes), Set.copyOf(cited), conversion));
  }

  /** Glossary definitions are Markdown from contributors: what in them is shown as text or left out is reported. */
  private static void checkMarkup(Glossary glossary, MarkdownProcessor markdown, Path file, Diagnostics diagnostics) {
    for (var entry : glossary.entries().values()) {
      for (var sense : entry.senses().values()) {
        markdown.checkFragment(sense.shortDefinition(), file, sense.line(), diagnostics);
        markdown.checkFragment(sense.longDefinition(), file, sense.line(), diagnostics);
      }
    }
  }

  /** The glossary's matcher for each language; a form claimed by two entries is reported. */
  private static Map<String, TermIndex> termIndexes(SiteConfig config, Glossary glossary, Path glossaryPath, Diagnostics diagnostics) {
    Map<String, TermIndex> indexes = new HashMap<>();
    for (Language language : config.languages()) {
      try {
        indexes.put(language.tag(), TermIndex.of(glossary.formsIn(language.tag())));
      } catch (IllegalArgumentException e) {
        diagnostics.error(glossaryPath, 0, 0, language.tag() + ": " + e.getMessage(),
            "give each form to one entry only; an all-lower-case alias also matches capitalised text");
      }
    }
    return indexes;
  }
}
