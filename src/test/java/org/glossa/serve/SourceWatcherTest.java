package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
  @Test
  void reportsChangesInNestedFoldersAndInFoldersCreatedLater(@TempDir Path dir) throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/talks"));
    BlockingQueue<Path> changed = new LinkedBlockingQueue<>();
    try (SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("content"), dir.resolve("no-such-folder")), changed::add)) {
      Path file = content.resolve("a.en.md");
      Files.writeString(file, "hello");
      assertTrue(waitFor(changed, file.toAbsolutePath()), "a file in a subfolder");
      Path later = Files.createDirectories(dir.resolve("content/new/deeper"));
      Thread.sleep(200); // the watcher registers the new folder
      Path inside = later.resolve("b.en.md");
      Files.writeString(inside, "hello");
      assertTrue(waitFor(changed, inside.toAbsolutePath()), "a file in a folder created while watching");
    }
  }

  @Test
  void editorsScratchFilesAreNotChanges() {
    for (String name : List.of(".a.md.swp", "a.md~", "#a.md#", ".#a.md", "4913")) {
      assertTrue(SourceWatcher.isEditorScratch(Path.of("content", name)), name);
    }
    assertFalse(SourceWatcher.isEditorScratch(Path.of("content/a.en.md")));
  }

  private static boolean waitFor(BlockingQueue<Path> changed, Path expected) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      Path p = changed.poll(100, TimeUnit.MILLISECONDS);
      if (expected.equals(p)) {
        return true;
      }
    }
    return false;
  }
}
