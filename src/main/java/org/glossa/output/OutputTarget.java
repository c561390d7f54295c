package org.glossa.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostic;

/**
 * The output folder, with symbolic links resolved (a link to a folder is written through), and the
 * checks that keep a build from replacing what it must not: the root, a folder holding the sources
 * or the working folder, a folder inside the sources (each build would copy the last site into the
 * next), a file, a broken link, or a non-empty folder that is not a site Glossa built.
 */
final class OutputTarget {
  private final Path given;
  private final List<Path> sources;

  OutputTarget(Path given, List<Path> sources) {
    this.given = given;
    this.sources = sources;
  }

  /** The folder the site goes to: the given path with every symbolic link resolved. */
  Path path() throws IOException {
    return real(given);
  }

  void check() throws IOException {
    if (Files.isSymbolicLink(given) && !Files.exists(given)) {
      throw refusal(given, "the output folder is a symbolic link to nothing (" + Files.readSymbolicLink(given) + ")",
          "point the link at a folder, or remove it");
    }
    Path target = path();
    if (target.getParent() == null) {
      throw refusal(target, "the site cannot be written to the root folder", "");
    }
    for (Path source : sources) {
      Path s = real(source);
      if (s.startsWith(target)) {
        throw refusal(target, "the output folder " + target + " holds " + source + ", which building would replace", "");
      }
      if (target.startsWith(s)) {
        throw refusal(target, "the output folder " + target + " lies inside the sources (" + source
            + "): every build would publish the previous site inside the next", "");
      }
    }
    if (real(Path.of("")).startsWith(target)) {
      throw refusal(target, "the output folder " + target + " holds the working folder, which building would replace", "");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw refusal(target, target + " is a file, not a folder", "");
    }
    for (Path above = target.getParent(); above != null; above = above.getParent()) {
      if (Files.exists(above) && !Files.isDirectory(above)) {
        throw refusal(target, "the output folder cannot be made: " + above + " is a file, not a folder", "");
      }
    }
    if (Files.isDirectory(target) && SiteManifest.read(target).isEmpty() && hostFilesOnly().size() != entries(target).size()) {
      throw refusal(target, target + " is not empty and is not a site Glossa built (it has no " + SiteManifest.FILE
          + ", nor sitemap.xml and .nojekyll)", "");
    }
  }

  /** The entries of a folder that is not a Glossa site and that a host put there (CNAME, .git…). */
  List<String> hostFilesOnly() throws IOException {
    Path target = path();
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    return entries(target).stream().filter(SiteManifest.HOST_FILES::contains).toList();
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  OutputException refusal(Path at, String message, String hint) {
    return new OutputException(Diagnostic.error(at, 0, 0, message, hint.isEmpty()
        ? "choose an output folder of its own with --out, such as site, outside content/ and templates/; Glossa replaces the files it wrote there on every build"
        : hint));
  }

  /** {@code path} absolute, with the links of its longest existing part resolved. */
  private static Path real(Path path) throws IOException {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    List<Path> rest = new ArrayList<>();
    while (existing != null && !Files.exists(existing)) {
      rest.add(0, existing.getFileName());
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    Path out = existing.toRealPath();
    for (Path part : rest) {
      out = out.resolve(part);
    }
    return out;
  }
}
