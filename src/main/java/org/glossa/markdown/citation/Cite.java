package org.glossa.markdown.citation;

import java.util.Optional;

/**
 * One work cited in a citation: {@code @key} with an optional locator ({@code [@key, p. 3]}).
 *
 * @param offset offset of the key's {@code @} in the parsed text, for diagnostics
 */
public record Cite(String key, Optional<String> locator, int offset) {}
