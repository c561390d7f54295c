package org.glossa.render;

import java.io.Writer;

/**
 * What a template writes, collected in an unsynchronised {@link StringBuilder} sized for a page
 * ({@link java.io.StringWriter} locks a {@link StringBuffer} on every small write and starts at 16 chars).
 */
final class PageWriter extends Writer {
  private final StringBuilder text = new StringBuilder(1 << 16);

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    text.append(chars, off, len);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
