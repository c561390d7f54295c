package org.glossa.text;

/**
 * A place of a Simplified text whose Traditional form is a choice that no phrase has made.
 *
 * @param offset char index in the text
 * @param forms the character's Traditional forms, the usual one first
 * @param icuChoice what ICU writes at this place
 * @param contextual whether ICU's choice here comes from one of its phrase rules
 */
public record Ambiguity(int offset, int codePoint, String forms, String icuChoice, boolean contextual) {
  public String character() {
    return new String(Character.toChars(codePoint));
  }
}
