package org.glossa.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One article file found under content/: its language, the key that pairs it with its translations,
 * and the URL path of its page below the language prefix ({@code interviews/tong-2024/}).
 *
 * @param bundle the folder of a page bundle ({@code name/index.<lang>.md}), whose other files are copied beside the page
 */
public record ArticleSource(Path path, String lang, String key, String urlPath, Optional<Path> bundle) {}
