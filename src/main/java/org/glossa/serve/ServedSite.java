package org.glossa.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.glossa.output.SiteWriter;

/**
 * The site being served: the files of the last good build, in memory, and the folders the build
 * copies (the templates' assets, the images of page bundles), read from disk when asked for. Only
 * what the build would publish is found: a copied folder's Markdown and hidden files are not, and
 * neither is anything a link leads to outside its folder.
 *
 * @param build the number of the build, counted up whenever the site changes
 * @param basePath the path of the site's address, starting and ending with '/'
 */
record ServedSite(long build, String basePath, SortedMap<String, byte[]> files, List<SiteWriter.Copy> copies) {
  /** What a path leads to. */
  sealed interface Lookup {}

  /** A file of the site, by its path below the site root. */
  record Found(String path, byte[] bytes) implements Lookup {}

  /** A folder asked for without its final '/': GitHub Pages redirects to it. */
  record Folder() implements Lookup {}

  /** Nothing. */
  record Missing() implements Lookup {}

  /** The file at {@code path} below the site root; a folder's {@code index.html}; or {@code path.html}, as GitHub Pages serves them. */
  Lookup find(String path) throws IOException {
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    Optional<byte[]> bytes = read(file);
    if (bytes.isPresent()) {
      return new Found(file, bytes.get());
    }
    if (!file.equals(path)) {
      return new Missing();
    }
    if (read(path + "/index.html").isPresent()) {
      return new Folder();
    }
    Optional<byte[]> html = read(path + ".html");
    return html.isPresent() ? new Found(path + ".html", html.get()) : new Missing();
  }

  /** The site's own 404 page. */
  Optional<byte[]> notFoundPage() throws IOException {
    return read("404.html");
  }

  private Optional<byte[]> read(String path) throws IOException {
    byte[] bytes = files.get(path);
    if (bytes != null) {
      return Optional.of(bytes);
    }
    for (SiteWriter.Copy copy : copies) {
      String prefix = copy.to().endsWith("/") ? copy.to() : copy.to() + "/";
      if (path.startsWith(prefix)) {
        Optional<byte[]> copied = copied(copy.from(), path.substring(prefix.length()));
        if (copied.isPresent()) {
          return copied;
        }
      }
    }
    return Optional.empty();
  }

  /** A file below a copied folder, when the build would publish it and it really lies inside the folder. */
  private static Optional<byte[]> copied(Path folder, String relative) throws IOException {
    if (relative.isEmpty() || !Files.isDirectory(folder)) {
      return Optional.empty();
    }
    Path root = folder.toRealPath();
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return Optional.empty();
      }
    }
    if (!SiteWriter.copies(file) || !file.toRealPath().startsWith(root)) {
      return Optional.empty();
    }
    return Optional.of(Files.readAllBytes(file));
  }
}
