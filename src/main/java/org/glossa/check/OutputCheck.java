package org.glossa.check;

import java.io.IOException;
import java.util.List;
import org.glossa.build.Build;
import org.glossa.build.BuildOptions;
import org.glossa.diag.Diagnostics;

/**
 * Checks the site a build would write, in memory, without writing it: every internal link and
 * anchor, every image, style sheet and script it refers to, in every language and reading mode;
 * then, optionally, every page with the Nu Html Checker. The entry point of {@code check}, and of
 * any mode that wants to check what it is about to serve.
 */
public final class OutputCheck {
  /** What was checked: the number of pages validated as HTML and of references followed. */
  public record Checked(int htmlPages, int references) {}

  private final Build.Site site;
  private final BuildOptions options;

  public OutputCheck(Build.Site site, BuildOptions options) {
    this.site = site;
    this.options = options;
  }

  /** Folders of the site's address published beside it rather than built: the manual, when {@code manualUrl} is a path. */
  private List<String> besideSite() {
    String manual = site.sources().config().manualUrl();
    if (manual.isEmpty() || manual.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return List.of();
    }
    String path = manual.replaceFirst("^/+", "");
    return List.of(path.endsWith("/") ? path : path + "/");
  }

  /** @param validateHtml whether to run the Nu Html Checker (several seconds to start) */
  public Checked run(Diagnostics diagnostics, boolean validateHtml) throws IOException {
    SiteFiles files = SiteFiles.of(site);
    PagePlaces places = new PagePlaces(site.pages(), options.outputDir(), options.templatesDir());
    LinkResolver resolver = new LinkResolver(site.sources().config().baseUrl());
    int references = new LinkCheck(files, resolver, new SourceLocator(site, options.contentDir()), places, besideSite()).run(diagnostics);
    int pages = validateHtml ? new HtmlCheck(files, places).run(diagnostics) : 0;
    return new Checked(pages, references);
  }
}
