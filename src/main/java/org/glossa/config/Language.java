package org.glossa.config;

import java.util.Optional;

/**
 * One language of the site: a BCP 47 tag ({@code zh-Hans}), the URL prefix of its pages
 * ({@code zh-hans}), its name in itself ({@code 简体中文}), and the site's title and description in it.
 *
 * @param convertFrom the language this one is generated from by script conversion ({@code zh-Hant}
 *     from {@code zh-Hans}); empty for a language with its own files. A generated language's title
 *     and description are empty unless configured: the build converts the source's.
 */
public record Language(String tag, String prefix, String name, String title, String description, Optional<String> convertFrom) {

  /** A language with its own files. */
  public Language(String tag, String prefix, String name, String title, String description) {
    this(tag, prefix, name, title, description, Optional.empty());
  }

  /** Whether the site generates this language from another ({@link #convertFrom}). */
  public boolean isGenerated() {
    return convertFrom.isPresent();
  }

  /** True for Chinese in any script. */
  public boolean isChinese() {
    return tag.equals("zh") || tag.startsWith("zh-");
  }
}
