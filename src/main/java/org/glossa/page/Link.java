package org.glossa.page;

/** A link shown to the reader; {@code lang} is the language of the target page (for hreflang and lang). */
public record Link(String label, String url, String lang, boolean current) {}
