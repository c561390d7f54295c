package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import org.glossa.diag.IoProblem;

/**
 * What the command line prints when something other than the sources fails: one line saying what,
 * one hint, exit code 3; never a Java class name or a stack trace, unless {@code --debug} asks for
 * the trace (for a bug report).
 */
final class Failure {
  private Failure() {}

  static int report(Throwable e, boolean debug, PrintWriter err) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    err.println("glossa: error: " + message(cause));
    err.println("  hint: " + hint(cause));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static String message(Throwable e) {
    if (e instanceof IOException io) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : "";
      return "cannot read or write a file: " + IoProblem.describe(io) + file;
    } else if (e instanceof InvalidPathException) {
      return "a file name cannot be represented in the system's file-name encoding ("
          + System.getProperty("sun.jnu.encoding", "unknown") + ")";
    } else if (e instanceof StackOverflowError) {
      return "the input nests too deeply for Glossa to process";
    } else if (e instanceof OutOfMemoryError) {
      return "Java ran out of memory";
    }
    return "an internal failure in Glossa";
  }

  private static String hint(Throwable e) {
    if (e instanceof IOException io) {
      return IoProblem.hint(io);
    } else if (e instanceof InvalidPathException) {
      return "run Glossa in a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar glossa.jar";
    } else if (e instanceof OutOfMemoryError) {
      return "give Java more memory, e.g. java -Xmx2g -jar glossa.jar";
    }
    return "this is a bug in Glossa: run the same command with --debug and report what it prints";
  }
}
