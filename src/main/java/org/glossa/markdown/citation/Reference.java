package org.glossa.markdown.citation;

import java.util.Optional;
import org.glossa.text.PartialDate;

/**
 * One work in {@code content/references.yaml}: who wrote it, where and when it appeared, its title
 * in its own language, where it can be read, and an optional editorial note.
 *
 * @param language BCP 47 tag of the language the work is written in
 * @param line line of the entry's key in references.yaml
 */
public record Reference(
    String key,
    LocalText author,
    LocalText outlet,
    Optional<String> title,
    Optional<PartialDate> date,
    Optional<String> url,
    String language,
    LocalText note,
    int line) {}
