package org.glossa.serve;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The template engine's loader in {@code serve}: wraps the engine's own, reads each template once per
 * build, gives every distinct text of a template a version number, and records which templates
 * (imports and includes too) each page asks for while it renders. Freemarker asks the loader at
 * every use of a template ({@code TemplateEngine} sets no update delay for a wrapped loader), and
 * reads a template again only when its version changed.
 */
final class TemplateUse implements TemplateLoader {
  /** The version of a template that does not exist. */
  static final long ABSENT = 0;

  private record Text(String text, long version) {}

  private record Source(String name) {}

  private final TemplateLoader files;
  private final Map<String, Text> known = new ConcurrentHashMap<>();
  private final Map<String, Optional<Text>> thisBuild = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, Long>> recording = new ThreadLocal<>();
  private final AtomicLong versions = new AtomicLong(ABSENT);

  TemplateUse(TemplateLoader files) {
    this.files = files;
  }

  /** Starts a build: every template is read again, once, when first asked for. */
  void nextBuild() {
    thisBuild.clear();
  }

  /** Starts recording the templates the current thread asks for. */
  void startRecording() {
    recording.set(new TreeMap<>());
  }

  /** The templates asked for since {@link #startRecording()}, with the versions used. */
  Map<String, Long> stopRecording() {
    Map<String, Long> used = recording.get();
    recording.remove();
    return used == null ? Map.of() : Map.copyOf(used);
  }

  /** Whether every template in {@code used} still has the version it had. */
  boolean unchanged(Map<String, Long> used) throws IOException {
    for (Map.Entry<String, Long> e : used.entrySet()) {
      if (version(e.getKey()) != e.getValue()) {
        return false;
      }
    }
    return true;
  }

  long version(String name) throws IOException {
    return text(name).map(Text::version).orElse(ABSENT);
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    Optional<Text> text = text(name);
    Map<String, Long> used = recording.get();
    if (used != null) {
      used.put(name, text.map(Text::version).orElse(ABSENT));
    }
    return text.isPresent() ? new Source(name) : null;
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return version(((Source) source).name());
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return new StringReader(text(((Source) source).name()).orElseThrow(() ->
        new IOException("template " + ((Source) source).name() + " disappeared")).text());
  }

  @Override
  public void closeTemplateSource(Object source) {}

  private Optional<Text> text(String name) throws IOException {
    try {
      return thisBuild.computeIfAbsent(name, this::read);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads a template through the engine's own loader; the same text keeps its version. */
  private Optional<Text> read(String name) {
    try {
      Object source = files.findTemplateSource(name);
      if (source == null) {
        return Optional.empty();
      }
      String text;
      try (Reader reader = files.getReader(source, "UTF-8")) {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        text = out.toString();
      } finally {
        files.closeTemplateSource(source);
      }
      return Optional.of(known.compute(name, (n, old) -> old != null && old.text().equals(text) ? old
          : new Text(text, versions.incrementAndGet())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
