package org.glossa.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * Says in words what went wrong with a file, for a person: never a Java class name, never a stack
 * trace. {@code AccessDeniedException: /x} becomes "permission denied", a symbolic link loop is named
 * as one, and only a full disk suggests freeing space.
 */
public final class IoProblem {
  private IoProblem() {}

  /** What happened, without the file's name (the diagnostic names it). */
  public static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    } else if (e instanceof NotLinkException) {
      return "not a symbolic link";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return reason(f.getReason());
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input or output failed" : reason(message);
  }

  /** A hint fitting the failure: free space only for a full disk, permissions only for a refusal. */
  public static String hint(Throwable e) {
    String what = describe(e).toLowerCase(Locale.ROOT);
    if (what.contains("space")) {
      return "free some disk space and build again; the previous site was left as it was";
    } else if (what.contains("permission") || what.contains("read-only")) {
      return "check the permissions of the folder and of the folder above it; the previous site was left as it was";
    } else if (what.contains("symbolic link")) {
      return "remove or fix the symbolic link";
    }
    return "the previous site was left as it was";
  }

  private static String reason(String reason) {
    String r = reason.strip();
    if (r.startsWith("Too many levels of symbolic links") || r.contains("ELOOP")) {
      return "a loop of symbolic links";
    }
    if (r.equalsIgnoreCase("No space left on device")) {
      return "no space left on the disk";
    }
    if (r.equalsIgnoreCase("Read-only file system")) {
      return "the disk is read-only";
    }
    return r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1);
  }
}
