package org.glossa.source;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.IoProblem;

/**
 * The files of a source folder (content/, templates/), listed without ever leaving it: a symbolic
 * link is accepted only when it leads to a file inside the same folder; a link out of it, a broken
 * link, a loop of links or a link to a folder is an error, and its target is neither read nor
 * published. A name the platform cannot decode (a non-ASCII name under {@code LANG=C}) is an
 * error with the fix, instead of a crash later.
 */
public final class SourceTree {
  private SourceTree() {}

  /**
   * Regular files below {@code root}, sorted; folders and files for which {@code skip} (given the
   * path relative to root) is true are not entered or listed, and their links not checked.
   */
  public static List<Path> files(Path root, Predicate<Path> skip, Diagnostics diagnostics) {
    List<Path> out = new ArrayList<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      diagnostics.error(root, 0, 0, "cannot read the folder: " + IoProblem.describe(e), "check that it exists and is readable");
      return out;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && (skip.test(root.relativize(dir)) || !decodable(dir, diagnostics))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (skip.test(root.relativize(file)) || !decodable(file, diagnostics)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            linkProblem(realRoot, file).ifPresentOrElse(
                problem -> diagnostics.error(file, 0, 0, problem + ": it is neither read nor published",
                    "replace the link with the file itself (Glossa never follows links out of " + root + ")"),
                () -> out.add(file));
          } else if (attrs.isRegularFile()) {
            out.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          diagnostics.error(file, 0, 0, "cannot read: " + IoProblem.describe(e), "check its permissions");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.error(root, 0, 0, "cannot read the folder: " + IoProblem.describe(e), "check that it exists and is readable");
    }
    out.sort(null);
    return out;
  }

  /**
   * Why {@code file} must not be read as part of the tree at {@code root}: it is, or passes through,
   * a link leading outside, a broken link, a loop, or a link to a folder. Empty when it is fine.
   */
  public static Optional<String> linkProblem(Path root, Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      return Optional.of("a broken symbolic link");
    } catch (FileSystemException e) {
      return Optional.of(IoProblem.describe(e));
    } catch (IOException e) {
      return Optional.of("cannot follow: " + IoProblem.describe(e));
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root.toAbsolutePath().normalize();
    }
    if (!real.startsWith(realRoot)) {
      return Optional.of("a symbolic link that leads outside " + root);
    }
    if (Files.isDirectory(real)) {
      return Optional.of("a symbolic link to a folder, which Glossa does not follow");
    }
    return Optional.empty();
  }

  /** False, reported, for a name this platform's file-name encoding cannot represent. */
  private static boolean decodable(Path path, Diagnostics diagnostics) {
    if (path.getFileName().toString().indexOf('\uFFFD') < 0) {
      return true;
    }
    diagnostics.error(path, 0, 0, "this file name cannot be read with the system's file-name encoding ("
            + System.getProperty("sun.jnu.encoding", "unknown") + ")",
        "run Glossa in a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar glossa.jar, or rename the file with ASCII letters");
    return false;
  }
}
