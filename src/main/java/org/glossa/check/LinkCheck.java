package org.glossa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;

/**
 * Follows every URL of the would-be site that leads into it (links, images, style sheets, scripts,
 * alternates, sitemap and feed entries, CSS {@code url()}s) and checks that the file exists and that
 * the {@code #anchor}, if any, is an id on that page, in every language and every reading mode. A
 * problem is reported once, where it comes from: the source file and line when a source wrote the
 * URL, else the page and the template that made it; the other pages it shows on are counted.
 */
final class LinkCheck {
  private final SiteFiles files;
  private final LinkResolver resolver;
  private final SourceLocator locator;
  private final PagePlaces places;
  private final List<String> besideSite;
  private final Map<String, PageScan> scans = new TreeMap<>();

  /** @param besideSite folders below the site's address that are published beside it, not built (the manual) */
  LinkCheck(SiteFiles files, LinkResolver resolver, SourceLocator locator, PagePlaces places, List<String> besideSite) {
    this.files = files;
    this.resolver = resolver;
    this.locator = locator;
    this.places = places;
    this.besideSite = besideSite;
  }

  /** Checks every reference; returns how many there were. */
  int run(Diagnostics diagnostics) throws IOException {
    for (String path : files.all().keySet()) {
      scan(path).ifPresent(scan -> scans.put(path, scan));
    }
    Map<String, Problem> problems = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<String, PageScan> page : scans.entrySet()) {
      for (PageScan.Reference ref : page.getValue().references()) {
        count++;
        problem(page.getKey(), ref).ifPresent(p -> problems.computeIfAbsent(p.key(), k -> p).pages.add(page.getKey()));
      }
    }
    problems.values().forEach(p -> diagnostics.add(p.diagnostic()));
    return count;
  }

  private Optional<PageScan> scan(String path) throws IOException {
    boolean html = path.endsWith(".html");
    boolean xml = path.endsWith(".xml");
    boolean css = path.endsWith(".css");
    if (!html && !xml && !css) {
      return Optional.empty();
    }
    byte[] bytes = files.bytes(path).orElseThrow();
    return Optional.of(html ? PageScan.html(bytes) : xml ? PageScan.xml(bytes) : PageScan.css(new String(bytes, StandardCharsets.UTF_8)));
  }

  private Optional<Problem> problem(String page, PageScan.Reference ref) {
    String problem = describe(page, resolver.resolve(page, ref.url()));
    if (problem == null) {
      return Optional.empty();
    }
    Optional<SourceLocator.Place> source = page.endsWith(".html") ? locator.find(page, ref.url()) : Optional.empty();
    if (source.isPresent()) {
      SourceLocator.Place s = source.get();
      return Optional.of(new Problem(s.path() + ":" + s.line() + ":" + s.column() + problem, s.path(), s.line(), s.column(),
          ref.what() + " '" + s.written() + "'" + problem, "fix the address, or add the page, file or id it should lead to"));
    }
    return Optional.of(new Problem(places.hint(page) + problem, places.file(page), 0, 0,
        ref.what() + " '" + ref.url() + "'" + problem + places.where(page, ref.line(), ref.column()), places.hint(page)));
  }

  /** What is wrong with a target (" leads nowhere: …"), or null when nothing is. */
  private String describe(String page, LinkResolver.Target target) {
    if (target instanceof LinkResolver.Malformed m) {
      return " is not a valid URL: " + m.reason();
    }
    if (target instanceof LinkResolver.Outside o) {
      return " leads out of the site, to " + o.path();
    }
    if (!(target instanceof LinkResolver.Internal in) || besideSite.stream().anyMatch(in.path()::startsWith)) {
      return null;
    }
    if (!files.exists(in.path()) && !files.exists(in.path() + "/index.html")) {
      return " leads nowhere: the site has no " + in.path();
    }
    String fragment = in.fragment();
    String file = files.exists(in.path()) ? in.path() : in.path() + "/index.html";
    PageScan targetPage = scans.get(file);
    if (fragment != null && !fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(fragment)) {
      return " leads nowhere: " + (file.equals(page) ? "the page" : PagePlaces.shown(file)) + " has no element with id '"
          + fragment + "'";
    }
    return null;
  }

  /**
   * One problem, found on one or more pages: at a place in a source file (line > 0), or at the first
   * page a template made it on; {@code key} tells two findings of the same problem apart from others.
   */
  private static final class Problem {
    final String key;
    final Path path;
    final int line;
    final int column;
    final String message;
    final String hint;
    final java.util.List<String> pages = new java.util.ArrayList<>();

    Problem(String key, Path path, int line, int column, String message, String hint) {
      this.key = key;
      this.path = path;
      this.line = line;
      this.column = column;
      this.message = message;
      this.hint = hint;
    }

    String key() {
      return key;
    }

    Diagnostic diagnostic() {
      int others = pages.size() - 1;
      String on = line > 0 ? " (on " + PagePlaces.shown(pages.get(0)) + (others > 0 ? " and " + others + " other page(s)" : "") + ")"
          : others > 0 ? ", and on " + others + " other page(s) of the same template" : "";
      return Diagnostic.error(path, line, column, message + on, hint);
    }
  }
}
