package org.glossa.page;

/** A glossary entry used on an article page: the target of {@code aria-describedby} and of the popover. */
public record TermView(String id, String defId, String headword, String shortHtml, String url) {}
