package org.glossa.build;

/** Told how far a build has got, so that a terminal can show it; a build reports each file read and page rendered. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (stage, done, total) -> {};

  /** {@code done} of {@code total} items of a stage ("reading", "rendering") are finished. */
  void update(String stage, int done, int total);
}
