package org.glossa.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.render.Messages;

/** The {@link SiteView} of each language: title, navigation URLs, each language's home and messages. */
final class SiteViews {
  private final SiteConfig config;
  private final Urls urls;
  private final Messages messages;
  private final Map<String, SiteView> byLanguage = new HashMap<>();

  SiteViews(SiteConfig config, Urls urls, Messages messages) {
    this.config = config;
    this.urls = urls;
    this.messages = messages;
  }

  /** The view of a language, made once and shared by all of its pages. */
  SiteView site(Language language) {
    return byLanguage.computeIfAbsent(language.tag(), tag -> create(language));
  }

  private SiteView create(Language language) {
    List<Link> switcher = config.languages().stream()
        .map(l -> new Link(l.name(), urls.href(urls.home(l)), l.tag(), l == language))
        .toList();
    return new SiteView(language.title(), language.description(), language.tag(), urls.href(urls.home(language)),
        urls.href(""), urls.href(urls.glossary(language)), urls.href(urls.feed(language)), urls.href(urls.manifest(language)),
        urls.href("assets/"),
        switcher, messages.of(language), link(config.manualUrl()), config.repositoryUrl(), "../" + urls.search(language),
        language.convertFrom().orElse(""));
  }

  /** A configured link: absolute as it is, a path below the site with the base path. */
  private String link(String configured) {
    return configured.isEmpty() || configured.matches("(?i)https?://.*") ? configured : urls.href(configured);
  }
}
