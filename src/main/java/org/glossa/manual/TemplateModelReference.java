package org.glossa.manual;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The template author's reference to the data model: which model each template receives as
 * {@code page}, and every record it reaches with its fields, read by reflection from the page
 * records (and their descriptions from the Javadoc), so the page cannot drift from the code.
 */
final class TemplateModelReference {
  private final Path sourceRoot;

  /** @param sourceRoot {@code src/main/java}, for the records' descriptions */
  TemplateModelReference(Path sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /**
   * @param templates each rendered template and the model class it receives
   * @param libraries each template that pages import or include, with the templates that do
   */
  String page(SortedMap<String, Class<?>> templates, SortedMap<String, List<String>> libraries, List<Class<?>> models) {
    StringBuilder sb = new StringBuilder("""
        # Template models

        Every template receives one variable, `page`: an immutable record whose fields are read as
        `${page.meta.title}`. Strings are HTML-escaped when printed (`.ftlh`); fields holding HTML
        (their names end in `Html`) are printed with `?no_esc`. A field described as absent may be
        null: test it with `??` or give a default with `!`. This page is generated from the records
        themselves.

        ## Templates

        """);
    MarkdownTable table = new MarkdownTable("template", "`page` is");
    templates.forEach((template, model) -> table.row(MarkdownTable.code(template), link(model)));
    libraries.forEach((library, users) -> table.row(MarkdownTable.code(library),
        "a library of macros, imported by " + String.join(", ", users.stream().map(MarkdownTable::code).toList())));
    sb.append(table.render()).append('\n');
    List<Class<?>> roots = new ArrayList<>(templates.values());
    models.stream().filter(m -> !roots.contains(m)).forEach(roots::add);
    sb.append("## Types\n\n");
    for (Class<?> type : reachable(roots)) {
      sb.append(section(type));
    }
    return sb.toString();
  }

  private String section(Class<?> type) {
    Javadoc doc = Javadoc.of(sourceRoot, type);
    StringBuilder sb = new StringBuilder("<a id=\"").append(anchor(type)).append("\"></a>\n\n### ")
        .append(type.getSimpleName()).append("\n\n");
    if (!doc.text().isEmpty()) {
      sb.append(doc.text()).append("\n\n");
    }
    boolean meanings = !doc.params().isEmpty();
    MarkdownTable table = meanings ? new MarkdownTable("field", "type", "Java type", "meaning") : new MarkdownTable("field", "type", "Java type");
    for (RecordComponent c : type.getRecordComponents()) {
      String name = MarkdownTable.code(c.getName());
      String seen = describe(c.getGenericType());
      String java = MarkdownTable.code(c.getGenericType().getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1"));
      if (meanings) {
        table.row(name, seen, java, doc.params().getOrDefault(c.getName(), ""));
      } else {
        table.row(name, seen, java);
      }
    }
    return sb.append(table.render()).append('\n').toString();
  }

  /** The records reachable from {@code roots} through their fields, roots first, each once. */
  static Set<Class<?>> reachable(List<Class<?>> roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      Class<?> type = queue.poll();
      if (!isModel(type) || !seen.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        collect(c.getGenericType(), queue);
      }
    }
    return seen;
  }

  private static void collect(Type type, Deque<Class<?>> queue) {
    if (type instanceof Class<?> c) {
      queue.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        collect(arg, queue);
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.isRecord() && type.getPackageName().startsWith("org.glossa");
  }

  /** How a template sees a value of {@code type}. */
  static String describe(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return "sequence of " + describe(args[0]);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return "hash of " + describe(args[1]) + " by " + describe(args[0]);
      }
      return MarkdownTable.code(raw.getSimpleName());
    }
    if (!(type instanceof Class<?> c)) {
      return MarkdownTable.code(type.getTypeName());
    }
    if (c == String.class || c == char.class || c == Character.class) {
      return "string";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "boolean";
    }
    if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
      return "number";
    }
    return isModel(c) ? link(c) : MarkdownTable.code(c.getSimpleName());
  }

  private static String link(Class<?> type) {
    return "[" + type.getSimpleName() + "](#" + anchor(type) + ")";
  }

  private static String anchor(Class<?> type) {
    return "type-" + type.getSimpleName();
  }
}
