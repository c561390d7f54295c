package org.glossa.source;

/**
 * Text to insert into a source file, at an offset of its {@link SourceFile#text() normalised text}
 * (LF line ends, no byte-order mark). A {@code \n} in {@code text} becomes the file's own line end.
 */
public record TextInsertion(int offset, String text) {
  public TextInsertion {
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset);
    }
  }
}
