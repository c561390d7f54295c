package org.glossa.markdown.glossary;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A passage annotated with a glossary entry: rendered as a link to the entry with its short definition. */
public final class GlossaryTerm extends Node {
  private final String entryId;

  public GlossaryTerm(BasedSequence chars, String entryId) {
    super(chars);
    this.entryId = entryId;
  }

  public String entryId() {
    return entryId;
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {getChars()};
  }
}
