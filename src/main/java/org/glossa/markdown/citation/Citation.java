package org.glossa.markdown.citation;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A citation in the text, {@code [@key]}, {@code [@key, locator]} or {@code [@a; @b, locator]}: the works it cites, in order. */
public final class Citation extends Node {
  private final List<Cite> cites;

  Citation(BasedSequence chars, List<Cite> cites) {
    super(chars);
    this.cites = List.copyOf(cites);
  }

  public List<Cite> cites() {
    return cites;
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {getChars()};
  }
}
