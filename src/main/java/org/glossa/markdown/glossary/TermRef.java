package org.glossa.markdown.glossary;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An editor's explicit annotation in the text: {@code [[RAG]]} forces an annotation of that term
 * here, {@code [[shown text|entry-id]]} annotates the shown text as that entry, and {@code [[!RAG]]}
 * shows the text without annotation (and does not count as its first occurrence).
 */
public final class TermRef extends Node {
  private final BasedSequence shown;
  private final String target;
  private final boolean suppressed;
  private final String problem;

  TermRef(BasedSequence chars, BasedSequence shown, String target, boolean suppressed) {
    this(chars, shown, target, suppressed, null);
  }

  private TermRef(BasedSequence chars, BasedSequence shown, String target, boolean suppressed, String problem) {
    super(chars);
    this.shown = shown;
    this.target = target;
    this.suppressed = suppressed;
    this.problem = problem;
  }

  /** A {@code [[} that forms no reference (unclosed, or with nothing to show): published as typed, reported. */
  static TermRef malformed(BasedSequence chars, String problem) {
    return new TermRef(chars, chars, "", true, problem);
  }

  /** Why this is not a valid reference, or null. */
  public String problem() {
    return problem;
  }

  /** The text the reader sees. */
  public BasedSequence shown() {
    return shown;
  }

  /** The entry id after '|', or the shown text to look up among the forms. */
  public String target() {
    return target;
  }

  public boolean suppressed() {
    return suppressed;
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {getChars()};
  }
}
