package org.glossa.markdown;

/**
 * A footnote: its label in the source ({@code [^label]}), its number in the article (order of first
 * reference), the element ids of the note and of its first reference, and its rendered HTML as
 * inline content (for margin notes) and as blocks (for the list).
 */
public record Note(String label, int number, int line, String id, String refId, String inlineHtml, String blockHtml) {}
