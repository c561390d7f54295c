package org.glossa.markdown;

import java.nio.file.Path;
import org.glossa.markdown.glossary.Annotator;

/**
 * What rendering one article body needs besides its text: the file (for diagnostics), the scope that
 * keeps element ids unique when languages share a page, the URL of the glossary page of its
 * language, and the annotator of its language.
 */
public record RenderRequest(Path path, String scope, String glossaryHref, Annotator annotator) {}
