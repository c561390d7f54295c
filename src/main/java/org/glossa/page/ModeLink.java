package org.glossa.page;

/**
 * A reading mode of an article: {@code mode} is a language tag (that language alone), {@code parallel}
 * or {@code interleaved}; the script remembers the last one chosen under that name.
 */
public record ModeLink(String mode, String label, String url, String lang, boolean current) {}
