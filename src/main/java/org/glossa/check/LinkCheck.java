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
  private final Map<String, PageScan> scans = new TreeMap<>();

  LinkCheck(SiteFiles files, LinkResolver resolver, SourceLocator locator, PagePlaces places) {
    this.files = files;
    this.resolver = resolver;
    this.locator = locator;
    this.places = places;
  }

  /** Checks every reference; returns how many there were. */
  int run(Diagnostics diagnostics) throws IOException {
    for (String path : files.all().keySet()) {
      scan(path).ifPresent(scan -> scans.put(path, scan));
    }
    Map<Problem, Integer> problems = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<String, PageScan> page : scans.entrySet()) {
      for (PageScan.Reference ref : page.getValue().references()) {
        count++;
        problem(page.getKey(), ref).ifPresent(p -> problems.merge(p, 1, Integer::sum));
      }
    }
    problems.forEach((p, n) -> diagnostics.add(p.diagnostic(n)));
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
    return Optional.of(source.map(s -> new Problem(s.path(), s.line(), s.column(), ref.what() + " '" + s.written() + "'" + problem, page, ""))
        .orElseGet(() -> new Problem(places.file(page), 0, 0, ref.what() + " '" + ref.url() + "'" + problem
            + places.where(page, ref.line(), ref.column()), page, places.hint(page))));
  }

  /** What is wrong with a target (" leads nowhere: …"), or null when nothing is. */
  private String describe(String page, LinkResolver.Target target) {
    if (target instanceof LinkResolver.Malformed m) {
      return " is not a valid URL: " + m.reason();
    }
    if (target instanceof LinkResolver.Outside o) {
      return " leads out of the site, to " + o.path();
    }
    if (!(target instanceof LinkResolver.Internal in)) {
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

  /** One problem at one place; {@code page} is the first page it was found on. */
  private record Problem(Path path, int line, int column, String message, String page, String hint) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Problem p && p.path.equals(path) && p.line == line && p.column == column && p.message.equals(message);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(path, line, column, message);
    }

    Diagnostic diagnostic(int pages) {
      String on = line == 0 ? "" : " (on " + PagePlaces.shown(page) + (pages > 1 ? " and " + (pages - 1) + " other page(s)" : "") + ")";
      return Diagnostic.error(path, line, column, message + on,
          hint.isEmpty() ? "fix the address, or add the page, file or id it should lead to" : hint);
    }
  }
}
