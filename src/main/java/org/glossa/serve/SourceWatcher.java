package org.glossa.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Watches the source folders, recursively, and reports every changed path (a created, changed or
 * deleted file or folder). {@code io.methvin:directory-watcher} uses the JDK's WatchService on
 * Linux and Windows and FSEvents on macOS. Editors' lock, swap and backup files are not reported;
 * when the system drops events, the folder itself is.
 */
final class SourceWatcher implements Closeable {
  private final DirectoryWatcher watcher;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "glossa-watch");
    t.setDaemon(true);
    return t;
  });

  SourceWatcher(List<Path> folders, Consumer<Path> changed) throws IOException {
    List<Path> existing = folders.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    this.watcher = DirectoryWatcher.builder()
        .paths(existing)
        .fileHashing(false)
        .listener(event -> {
          if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            changed.accept(event.rootPath());
          } else if (event.path() != null && !isEditorScratch(event.path())) {
            changed.accept(event.path());
          }
        })
        .build();
    watcher.watchAsync(thread);
  }

  /** Files editors write beside the one being edited: {@code .x.swp}, {@code x~}, {@code #x#}, {@code .#x}, vim's {@code 4913}. */
  static boolean isEditorScratch(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    return s.endsWith("~") || s.endsWith(".swp") || s.endsWith(".swx") || s.startsWith(".#") || s.startsWith("#") && s.endsWith("#")
        || s.equals("4913");
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.shutdownNow();
  }
}
