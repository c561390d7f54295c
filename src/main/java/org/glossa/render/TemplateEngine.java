package org.glossa.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;

/**
 * Freemarker, configured once: {@code .ftlh} templates from templates/ with HTML auto-escaping, records
 * exposed by their accessors, errors rethrown and reported as diagnostics naming template and line.
 */
public final class TemplateEngine {
  private final Configuration configuration;
  private final Path templatesDir;

  public TemplateEngine(Path templatesDir) throws ContentException {
    this(templatesDir, UnaryOperator.identity(), false);
  }

  /**
   * An engine that reads the templates through {@code wrap} applied to its own loader, and asks the
   * loader again at every use of a template, an import included. {@code serve} wraps it to learn
   * which templates each page uses and to let a changed template be read again.
   */
  public TemplateEngine(Path templatesDir, UnaryOperator<TemplateLoader> wrap) throws ContentException {
    this(templatesDir, wrap, true);
  }

  private TemplateEngine(Path templatesDir, UnaryOperator<TemplateLoader> wrap, boolean askEveryUse) throws ContentException {
    this.templatesDir = templatesDir;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
    try {
      cfg.setTemplateLoader(wrap.apply(new FileTemplateLoader(templatesDir.toFile())));
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(templatesDir, 0, 0, "cannot read the templates folder: " + e.getMessage(),
          "pass the folder with --templates, or run from the edition's top folder"));
    }
    if (askEveryUse) {
      cfg.setTemplateUpdateDelayMilliseconds(0);
    }
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
    this.configuration = cfg;
  }

  /** Renders {@code name} (e.g. {@code article.ftlh}) with {@code model} as its data model. */
  public String render(String name, Object model) throws ContentException {
    Template template = template(name);
    StringWriter out = new StringWriter();
    try {
      template.process(Map.of("page", model), out);
    } catch (TemplateException e) {
      throw new ContentException(runtimeError(name, e));
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0, "template output failed: " + e.getMessage(), ""));
    }
    return out.toString();
  }

  /** The parsed template; Freemarker caches it after the first call. */
  private Template template(String name) throws ContentException {
    try {
      return configuration.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0, "template " + name + " is missing",
          "create " + templatesDir.resolve(name) + " (see the README for the templates Glossa needs)"));
    } catch (ParseException e) {
      throw new ContentException(Diagnostic.error(templatePath(e.getTemplateName(), name), e.getLineNumber(),
          e.getColumnNumber(), "template syntax error: " + firstLine(e.getEditorMessage()), "fix the template; see the Freemarker manual"));
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0, "cannot read template: " + e.getMessage(), ""));
    }
  }

  private Diagnostic runtimeError(String name, TemplateException e) {
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    Path path = templatePath(e.getTemplateSourceName(), name);
    return Diagnostic.error(path, line == null ? 0 : line, column == null ? 0 : column,
        "template error: " + firstLine(e.getMessageWithoutStackTop()),
        "a value may be missing: use ${x!\"\"} or <#if x??> for optional values");
  }

  private Path templatePath(String sourceName, String fallback) {
    return templatesDir.resolve(sourceName == null ? fallback : sourceName);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String line = message.strip().split("\n", 2)[0];
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
