package org.glossa.markdown.glossary;

/** A glossary entry mentioned in an aligned unit (annotated there or not). */
public record Mention(String entryId, String unitId) {}
