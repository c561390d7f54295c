package org.glossa.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.glossa.diag.Diagnostic;

/**
 * An exclusive lock on an output folder, held from before the leftovers of earlier builds are
 * cleared until the new site is in place, so that two builds into one folder never touch each
 * other's staging folders: the second waits, and gives up with a clear message after a while. The
 * lock is the operating system's lock on a file beside the folder ({@code .site.lock}), so it is
 * released when the process ends, however it ends; the file itself stays.
 */
final class OutputLock implements AutoCloseable {
  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits up to {@code wait} for the lock of {@code target} in {@code lockFile}. */
  static OutputLock acquire(Path target, Path lockFile, Duration wait) throws IOException {
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new OutputLock(channel, lock);
        }
        if (System.nanoTime() >= deadline) {
          throw new OutputException(Diagnostic.error(target, 0, 0,
              "another build is writing this folder (it holds " + lockFile.getFileName() + "); gave up after waiting "
                  + wait.toSeconds() + " s",
              "let the other build finish, or stop it; two builds never write one output folder at the same time"));
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new IOException("interrupted while waiting for another build to finish", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock, or null while another process, or another build in this one, holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
