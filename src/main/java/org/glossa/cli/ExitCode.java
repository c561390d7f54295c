package org.glossa.cli;

/** The process exit codes of every command. */
public final class ExitCode {
  /** Everything went well (warnings may have been printed). */
  public static final int OK = 0;
  /** The sources have errors (or warnings, with check --strict); nothing was written. */
  public static final int CONTENT_ERROR = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** The tool failed for another reason (a disk error, a bug); the message says which. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
