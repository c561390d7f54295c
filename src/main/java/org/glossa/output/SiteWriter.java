package org.glossa.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.glossa.diag.ContentException;
import org.glossa.diag.Diagnostic;

/**
 * Writes the site atomically: everything goes into a fresh folder beside the target, which replaces
 * the old site only once it is complete. A failed or interrupted build leaves the previous site as
 * it was; leftovers of an interrupted swap are repaired at the next start.
 */
public final class SiteWriter {
  /** A folder to copy into the site, to {@code to} below its root. */
  public record Copy(Path from, String to) {}

  private final Path target;
  private final Path parent;
  private final List<Path> keep;

  /** @param keep folders the site must never replace or contain (content, templates, the working folder) */
  public SiteWriter(Path target, List<Path> keep) {
    this.target = target.toAbsolutePath().normalize();
    this.parent = this.target.getParent();
    this.keep = keep.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /**
   * Refuses a target that would take other files with it when it is replaced: the root, a folder
   * holding the sources or the working folder, or a non-empty folder that is not a site Glossa built.
   */
  public void checkTarget() throws ContentException {
    if (parent == null) {
      throw refusal("the site cannot be written to the root folder");
    }
    for (Path p : keep) {
      if (p.startsWith(target)) {
        throw refusal("the output folder " + target + " holds " + p + ", which building would replace");
      }
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw refusal(target + " is a file, not a folder");
    }
    if (Files.isDirectory(target) && !isEmpty(target)
        && !(Files.exists(target.resolve("sitemap.xml")) && Files.exists(target.resolve(".nojekyll")))) {
      throw refusal(target + " is not empty and is not a site Glossa built (it has no sitemap.xml and .nojekyll)");
    }
  }

  private ContentException refusal(String message) {
    return new ContentException(Diagnostic.error(target, 0, 0, message,
        "choose an output folder of its own with --out, such as site; Glossa replaces that whole folder on every build"));
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Writes {@code files} (path below the site → content) and copies folders (source → path below the
   * site; Markdown and hidden files are not copied), then swaps the result in.
   */
  public void write(SortedMap<String, byte[]> files, List<Copy> copies) throws IOException, ContentException {
    checkTarget();
    Files.createDirectories(parent);
    recover();
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      for (Copy copy : copies) {
        copyTree(copy.from(), staging.resolve(copy.to()));
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path out = staging.resolve(file.getKey()).normalize();
        if (!out.startsWith(staging)) {
          throw new IOException("refusing to write outside the site: " + file.getKey());
        }
        Files.createDirectories(out.getParent());
        Files.write(out, file.getValue());
      }
      swap(staging);
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  private void swap(Path staging) throws IOException {
    if (!Files.exists(target)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(old);
  }

  /** Puts back a site left aside by an interrupted swap and removes stale staging folders. */
  private void recover() throws IOException {
    String name = target.getFileName().toString();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
      for (Path leftover : stream) {
        boolean old = leftover.getFileName().toString().startsWith("." + name + ".old-");
        if (old && !Files.exists(target)) {
          Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          deleteTree(leftover);
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : paths) {
      Path dest = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(dest);
      } else if (copies(p)) {
        Files.createDirectories(dest.getParent());
        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Whether a file of a copied folder goes into the site: Markdown and hidden files do not. */
  public static boolean copies(Path file) {
    String name = file.getFileName().toString();
    return !name.endsWith(".md") && !name.startsWith(".");
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
