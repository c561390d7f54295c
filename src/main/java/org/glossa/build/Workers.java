package org.glossa.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossa.diag.ContentException;

/**
 * A bounded pool for the build's independent steps (reading one article file, rendering one page):
 * one thread per core unless {@code -Dglossa.threads=N} says otherwise. {@link #map} returns the
 * results in the order of its input and rethrows the failure of the first item (in that order) that
 * failed, so a build's output and its diagnostics do not depend on which thread finished first.
 */
final class Workers implements AutoCloseable {
  /** One step applied to one item. */
  @FunctionalInterface
  interface Task<S, T> {
    T run(S item) throws ContentException, IOException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();
  private final ExecutorService pool;

  Workers() {
    this(Integer.getInteger("glossa.threads", Runtime.getRuntime().availableProcessors()));
  }

  Workers(int threads) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "glossa-" + pool + "-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, factory) : null;
  }

  /**
   * {@code task} applied to every item, results in input order; {@code done} is told of each result
   * as it is taken, on the calling thread.
   */
  <S, T> List<T> map(List<S> items, Task<S, T> task, Runnable done) throws ContentException, IOException {
    List<T> out = new ArrayList<>(items.size());
    if (pool == null || items.size() < 2) {
      for (S item : items) {
        out.add(task.run(item));
        done.run();
      }
      return out;
    }
    List<Future<T>> futures = new ArrayList<>(items.size());
    for (S item : items) {
      futures.add(pool.submit(() -> task.run(item)));
    }
    try {
      for (Future<T> future : futures) {
        out.add(get(future));
        done.run();
      }
    } finally {
      futures.forEach(f -> f.cancel(false));
    }
    return out;
  }

  private static <T> T get(Future<T> future) throws ContentException, IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the build was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ContentException c) {
        throw c;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the pool and waits for the steps still running (after a failure), so none writes after the build gave up. */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
