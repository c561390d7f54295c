package org.glossa.config;

/**
 * One language of the site: a BCP 47 tag ({@code zh-Hans}), the URL prefix of its pages
 * ({@code zh-hans}), its name in itself ({@code 简体中文}), and the site's title and description in it.
 */
public record Language(String tag, String prefix, String name, String title, String description) {

  /** True for Chinese in any script. */
  public boolean isChinese() {
    return tag.equals("zh") || tag.startsWith("zh-");
  }
}
