package org.glossa.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.glossa.source.SourceTree;

/**
 * Loads templates from the templates folder and from nowhere else: a name that leads outside it,
 * and a template that is a symbolic link out of it (or a broken link, or a loop), is refused with a
 * {@link OutsideTemplates} exception that the engine turns into a diagnostic, instead of
 * Freemarker's security exception and its stack trace.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
  /** A template that would be read from outside the templates folder. */
  static final class OutsideTemplates extends IOException {
    private final Path path;

    OutsideTemplates(Path path, String problem) {
      super(problem);
      this.path = path;
    }

    Path path() {
      return path;
    }
  }

  private final Path root;

  ConfinedTemplateLoader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    Path path = root.resolve(name).normalize();
    if (!path.startsWith(root) || name.indexOf('\\') >= 0) {
      throw new OutsideTemplates(path, "the template name '" + name + "' leads outside the templates folder");
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Optional<String> problem = SourceTree.linkProblem(root, path);
    if (problem.isPresent()) {
      throw new OutsideTemplates(path, "the template " + root.relativize(path) + " is " + problem.get());
    }
    return Files.isRegularFile(path) ? path : null;
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return Files.getLastModifiedTime((Path) source).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return Files.newBufferedReader((Path) source, Charset.forName(encoding));
  }

  @Override
  public void closeTemplateSource(Object source) {}
}
