package org.glossa.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.glossa.build.Progress;

/**
 * A progress line for long builds on a terminal ({@code rendering 3000/6000 · 8.1 s}), redrawn in
 * place at most ten times a second once a build has run for half a second, and erased at the end.
 * When the output is not a terminal (a pipe, a file, CI), nothing at all is shown.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final long QUIET_NANOS = 500_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter terminal;
  private final LongSupplier clock;
  private final long start;
  private long drawn;
  private boolean shown;

  TerminalProgress(PrintWriter terminal, LongSupplier nanoClock) {
    this.terminal = terminal;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.drawn = start - REDRAW_NANOS;
  }

  /** Progress on this process's terminal, or none when its output is not one. */
  static TerminalProgress forConsole() {
    Console console = System.console();
    return new TerminalProgress(console == null ? null : console.writer(), System::nanoTime);
  }

  @Override
  public void update(String stage, int done, int total) {
    long now = clock.getAsLong();
    if (terminal == null || now - start < QUIET_NANOS || now - drawn < REDRAW_NANOS) {
      return;
    }
    drawn = now;
    shown = true;
    terminal.print(String.format(Locale.ROOT, "\r%s %d/%d · %.1f s\u001b[K", stage, done, total, (now - start) / 1e9));
    terminal.flush();
  }

  /** Erases the progress line, if one was drawn. */
  @Override
  public void close() {
    if (shown) {
      terminal.print("\r\u001b[K");
      terminal.flush();
      shown = false;
    }
  }
}
