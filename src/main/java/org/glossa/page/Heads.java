package org.glossa.page;

import java.util.List;
import org.glossa.config.Language;
import org.glossa.config.SiteConfig;
import org.glossa.text.Locales;

/** Makes the {@link PageMeta} of every page, so that all pages announce themselves the same way. */
final class Heads {
  static final String ICON = "assets/icon-512.png";

  private final SiteConfig config;
  private final Urls urls;

  Heads(SiteConfig config, Urls urls) {
    this.config = config;
    this.urls = urls;
  }

  /** What a page's head says about itself: where it is, in which language, in which other languages. */
  record About(Language language, String title, String description, String path, String kind) {}

  /**
   * @param versions the page in each language (alternates and switcher)
   * @param published the date of an article (null for other pages)
   * @param jsonLd the page's JSON-LD (null for none)
   */
  PageMeta meta(About about, LanguageVersions versions, String published, String jsonLd) {
    Language language = about.language();
    boolean chooser = about.kind().equals("root") || about.kind().equals("404");
    List<String> others = config.languages().stream().filter(l -> l != language).map(l -> Locales.territoryForm(l.tag())).toList();
    PageMeta.Sharing sharing = new PageMeta.Sharing(about.kind().equals("article") ? "article" : "website",
        Locales.territoryForm(language.tag()), others, urls.absolute(ICON), published, jsonLd);
    return new PageMeta(language.tag(), about.title(), about.description(), urls.absolute(about.path()), versions.alternates(),
        about.path(), about.kind(), versions.switcher(chooser ? null : language.tag()), sharing);
  }
}
