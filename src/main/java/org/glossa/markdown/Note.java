package org.glossa.markdown;

/**
 * A footnote: its label in the source ({@code [^label]}), its number in the article (order of first
 * reference), its rendered HTML as inline content (for margin notes) and as blocks (for the list).
 */
public record Note(String label, int number, int line, String inlineHtml, String blockHtml) {}
