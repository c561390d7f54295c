package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DebouncerTest {
  final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  final BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aBurstOfEventsMakesOneCallWithEveryPath() throws Exception {
    Debouncer debouncer = new Debouncer(50, 10_000, executor, calls::add);
    debouncer.changed(Path.of("a"));
    debouncer.changed(Path.of("b"));
    debouncer.changed(Path.of("a"));
    assertEquals(Set.of(Path.of("a"), Path.of("b")), calls.poll(5, TimeUnit.SECONDS));
    assertNull(calls.poll(200, TimeUnit.MILLISECONDS), "one call only");
  }

  @Test
  void aSteadyStreamOfEventsIsCutAtTheLongestDelay() throws Exception {
    Debouncer debouncer = new Debouncer(100, 300, executor, calls::add);
    long start = System.nanoTime();
    while (calls.isEmpty() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
      debouncer.changed(Path.of("x"));
      Thread.sleep(20);
    }
    assertEquals(Set.of(Path.of("x")), calls.poll(1, TimeUnit.SECONDS));
  }

  @Test
  void eventsDuringACallMakeAnotherCallAfterIt() throws Exception {
    Debouncer[] debouncer = new Debouncer[1];
    debouncer[0] = new Debouncer(10, 1000, executor, paths -> {
      calls.add(paths);
      if (paths.contains(Path.of("first"))) {
        debouncer[0].changed(Path.of("during"));
      }
    });
    debouncer[0].changed(Path.of("first"));
    assertEquals(Set.of(Path.of("first")), calls.poll(5, TimeUnit.SECONDS));
    assertEquals(Set.of(Path.of("during")), calls.poll(5, TimeUnit.SECONDS));
  }
}
