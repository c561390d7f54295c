package org.glossa.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.IoProblem;

/**
 * Freemarker, configured once: {@code .ftlh} templates from templates/ with HTML auto-escaping, records
 * exposed by their accessors, errors rethrown and reported as diagnostics naming template and line.
 *
 * <p>Templates are code from contributors, so they run sandboxed: {@code ?new} can make no object
 * ({@code ALLOWS_NOTHING_RESOLVER}, so no {@code Execute} or {@code ObjectConstructor}), {@code ?api}
 * is off, Java objects show only the page records' accessors ({@link RecordsOnlyPolicy}: no
 * classes, static methods or arbitrary methods), includes and imports come only from inside
 * templates/ ({@link ConfinedTemplateLoader}), and a template that recurses without end is stopped
 * with a diagnostic. The same holds for {@code check}, which renders every page too.
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
    if (!Files.isDirectory(templatesDir)) {
      throw new ContentException(Diagnostic.error(templatesDir, 0, 0, "the templates folder does not exist",
          "pass the folder with --templates, or run from the edition's top folder"));
    }
    cfg.setTemplateLoader(wrap.apply(new ConfinedTemplateLoader(templatesDir)));
    cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
    cfg.setLocalizedLookup(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
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
    cfg.setObjectWrapper(objectWrapper());
    this.configuration = cfg;
  }

  /** Records show their accessors as properties and nothing else; no other Java object shows anything. */
  private static DefaultObjectWrapper objectWrapper() {
    DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    builder.setMemberAccessPolicy(new RecordsOnlyPolicy());
    builder.setExposeFields(false);
    builder.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    builder.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.METHOD_ONLY);
    builder.setUseModelCache(false);
    return builder.build();
  }

  /** Renders {@code name} (e.g. {@code article.ftlh}) with {@code model} as its data model. */
  public String render(String name, Object model) throws ContentException {
    Template template = template(name);
    PageWriter out = new PageWriter();
    try {
      template.process(Map.of("page", model), out);
    } catch (TemplateException e) {
      throw new ContentException(runtimeError(name, e));
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0, "template output failed: " + IoProblem.describe(e), ""));
    } catch (StackOverflowError e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0,
          "the template recursed too deeply while rendering " + name + " (a macro or function that calls itself without end?)",
          "give every recursive macro or function a condition that stops it"));
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
    } catch (ConfinedTemplateLoader.OutsideTemplates e) {
      throw new ContentException(outside(e));
    } catch (IOException e) {
      throw new ContentException(Diagnostic.error(templatesDir.resolve(name), 0, 0, "cannot read the template: " + IoProblem.describe(e), ""));
    }
  }

  private static Diagnostic outside(ConfinedTemplateLoader.OutsideTemplates e) {
    return Diagnostic.error(e.path(), 0, 0, e.getMessage() + "; it is not read",
        "templates are read only from inside the templates folder: copy the file in instead of linking to it");
  }

  private Diagnostic runtimeError(String name, TemplateException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConfinedTemplateLoader.OutsideTemplates outside) {
        return outside(outside);
      }
    }
    Integer line = e.getLineNumber();
    Integer column = e.getColumnNumber();
    Path path = templatePath(e.getTemplateSourceName(), name);
    String message = firstLine(e.getMessageWithoutStackTop());
    boolean sandbox = message.contains("security reasons") || message.contains("?api");
    return Diagnostic.error(path, line == null ? 0 : line, column == null ? 0 : column, "template error: " + message, sandbox
        ? "templates run sandboxed: they cannot create Java objects, use ?api or reach Java classes (see the README's trust model)"
        : "a value may be missing: use ${x!\"\"} or <#if x??> for optional values; templates see only the fields of the page records");
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
