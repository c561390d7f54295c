package org.glossa.page;

/** An alternate-language version of a page: {@code <link rel="alternate" hreflang href>}. */
public record Alternate(String hreflang, String href) {}
