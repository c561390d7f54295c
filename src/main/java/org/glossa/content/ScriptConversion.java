package org.glossa.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.citation.Bibliography;
import org.glossa.markdown.citation.LocalText;
import org.glossa.markdown.citation.Reference;
import org.glossa.source.SourceFile;
import org.glossa.text.TraditionalConverter;

/**
 * The languages a site generates by script conversion ({@code zh-Hant: {convertFrom: zh-Hans}}):
 * an article file of the source language is converted whole — front matter, body, notes — and read
 * again as a file of the generated language, so that its version goes through the same reading,
 * pairing and page planning as a written one and aligns with its source by construction (the
 * conversion keeps every line and every id). The glossary's senses and the site's title and
 * description are converted where the editor has not written their own.
 */
public final class ScriptConversion {
  private final SiteConfig config;
  private final TraditionalConverter converter;

  public ScriptConversion(SiteConfig config, TraditionalConverter converter) {
    this.config = config;
    this.converter = converter;
  }

  /** The site's generated languages made from {@code lang}: none for a language nobody converts from. */
  public List<Language> targetsOf(String lang) {
    return config.languages().stream().filter(l -> l.convertFrom().filter(lang::equals).isPresent()).toList();
  }

  /** The file of the generated version: same path and lines, converted text. */
  public SourceFile convert(SourceFile file) {
    return new SourceFile(file.path(), converter.convert(file.text()));
  }

  /**
   * Reads the generated version {@code target} from its source language's {@code file}, converted.
   * Its warnings are the source's own, already reported; an error (a converted glossary form that
   * no longer matches the entry's own Traditional form) is reported at the source's line.
   */
  public Optional<ArticleVersion> read(ArticleReader reader, ArticleSource target, SourceFile file, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    Optional<ArticleVersion> version = reader.read(target, convert(file), own);
    for (Diagnostic d : own.sorted()) {
      if (d.isError()) {
        diagnostics.add(new Diagnostic(d.path(), d.line(), d.column(), d.severity(),
            "in the generated " + target.lang() + " version: " + d.message(), d.hint(), d.rule()));
      }
    }
    return own.hasErrors() ? Optional.empty() : version;
  }

  /** The source of the generated version in {@code target}: the same file, key and page bundle, in another language. */
  public static ArticleSource sourceIn(ArticleSource source, Language target) {
    return new ArticleSource(source.path(), target.tag(), source.key(), source.urlPath(), source.bundle());
  }

  /** The configuration with each generated language's empty title and description converted from its source's. */
  public static SiteConfig withTitles(SiteConfig config, TraditionalConverter converter) {
    List<Language> languages = new ArrayList<>();
    for (Language l : config.languages()) {
      Language from = l.convertFrom().flatMap(config::language).orElse(null);
      languages.add(from == null ? l : new Language(l.tag(), l.prefix(), l.name(),
          l.title().isEmpty() ? converter.convert(from.title()) : l.title(),
          l.description().isEmpty() ? converter.convert(from.description()) : l.description(), l.convertFrom()));
    }
    return config.withLanguages(languages);
  }

  /**
   * The glossary with a sense in each generated language for every entry that has one in the
   * source language and none of its own (a name or product may carry its own Traditional form).
   */
  public Glossary glossary(Glossary glossary) {
    Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
    glossary.entries().forEach((id, entry) -> {
      Map<String, GlossaryEntry.Sense> senses = new LinkedHashMap<>();
      for (Language l : config.languages()) {
        entry.sense(l.tag()).or(() -> l.convertFrom().flatMap(entry::sense).map(this::convert))
            .ifPresent(s -> senses.put(l.tag(), s));
      }
      entries.put(id, new GlossaryEntry(id, entry.category(), entry.expansion(), senses, entry.sources(), entry.line()));
    });
    return new Glossary(entries);
  }

  /**
   * The bibliography with each generated language's author, outlet and note converted from its
   * source's where the entry gives them per language and has none of its own; a work's title
   * stays as the work is written.
   */
  public Bibliography bibliography(Bibliography bibliography) {
    Map<String, Reference> out = new LinkedHashMap<>();
    bibliography.references().forEach((key, r) -> out.put(key, new Reference(key, convert(r.author()), convert(r.outlet()),
        r.title(), r.date(), r.url(), r.language(), convert(r.note()), r.line())));
    return new Bibliography(out);
  }

  private LocalText convert(LocalText text) {
    Map<String, String> byLanguage = new LinkedHashMap<>(text.byLanguage());
    for (Language l : config.languages()) {
      l.convertFrom().filter(from -> !byLanguage.containsKey(l.tag()) && byLanguage.containsKey(from))
          .ifPresent(from -> byLanguage.put(l.tag(), converter.convert(byLanguage.get(from))));
    }
    return new LocalText(text.common(), byLanguage);
  }

  private GlossaryEntry.Sense convert(GlossaryEntry.Sense s) {
    return new GlossaryEntry.Sense(converter.convert(s.headword()), s.aliases().stream().map(converter::convert).toList(),
        converter.convert(s.shortDefinition()), converter.convert(s.longDefinition()), s.line(), s.shortLine(), s.longLine());
  }
}
