package org.glossa.serve;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.nio.file.Path;

/**
 * Turns a burst of file events into one call: an editor's save is often several events (write,
 * rename, attributes), and a "save all" many. The call comes once no event has arrived for {@code
 * quietMillis}, or at the latest {@code maxMillis} after the first, on the given executor; events
 * that arrive while it runs make another call after it. With a single-threaded executor, calls never
 * overlap.
 */
final class Debouncer {
  private final long quietMillis;
  private final long maxMillis;
  private final ScheduledExecutorService executor;
  private final Consumer<Set<Path>> action;
  private Set<Path> pending = new TreeSet<>();
  private long firstAt;
  private ScheduledFuture<?> scheduled;

  Debouncer(long quietMillis, long maxMillis, ScheduledExecutorService executor, Consumer<Set<Path>> action) {
    this.quietMillis = quietMillis;
    this.maxMillis = maxMillis;
    this.executor = executor;
    this.action = action;
  }

  /** A path changed. */
  synchronized void changed(Path path) {
    long now = System.nanoTime();
    if (pending.isEmpty()) {
      firstAt = now;
    }
    pending.add(path);
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    long waited = TimeUnit.NANOSECONDS.toMillis(now - firstAt);
    scheduled = executor.schedule(this::fire, Math.max(0, Math.min(quietMillis, maxMillis - waited)), TimeUnit.MILLISECONDS);
  }

  private void fire() {
    Set<Path> paths;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      paths = pending;
      pending = new TreeSet<>();
      scheduled = null;
    }
    action.accept(paths);
  }
}
