package org.glossa.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.glossa.output.SiteWriter;

/**
 * The site being served: the files of the last good build, in memory, and the files the build
 * copies (the templates' assets, the images of page bundles), read from disk when asked for. Only
 * what the build would publish is found: the build lists the copied files one by one, leaving out
 * Markdown and hidden files and refusing links out of their folders.
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
      if (copy.to().equals(path) && Files.isRegularFile(copy.from())) {
        return Optional.of(Files.readAllBytes(copy.from()));
      }
    }
    return Optional.empty();
  }
}
