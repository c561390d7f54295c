package org.glossa.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/** Replaces a source file's text all at once: a crash leaves the old file or the new one, never half of each. */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes {@code text} as UTF-8 beside {@code path}, keeps the file's permissions, then moves it over
   * {@code path}; a symbolic link is written through (the file it names is replaced, the link stays).
   */
  public static void replace(Path link, String text) throws IOException {
    Path path = Files.exists(link) ? link.toRealPath() : link;
    Path dir = path.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
      if (posix != null && Files.exists(path)) {
        Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
      }
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
