package org.glossa.output;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom domain of a site, written to {@code CNAME} at its root: GitHub Pages needs that file
 * when a site is published from a branch (for example {@code site/} pushed to {@code gh-pages});
 * the Pages workflow's deployment ignores it, since the domain is then set in the repository's
 * settings. A base URL names a custom domain when its host is not a {@code github.io} address, a
 * local name or an IP address, and the site sits at the domain's root (a project under a user's
 * custom domain takes the domain from the user's own site).
 */
public final class PagesDomain {
  private static final Pattern IP = Pattern.compile("[0-9.]+|\\[.*]");

  private PagesDomain() {}

  public static Optional<String> of(URI baseUrl) {
    String host = baseUrl.getHost();
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    String path = baseUrl.getRawPath();
    boolean atRoot = path == null || path.isEmpty() || path.equals("/");
    boolean local = host.equals("localhost") || host.endsWith(".localhost") || !host.contains(".") || IP.matcher(host).matches();
    boolean github = host.equals("github.io") || host.endsWith(".github.io");
    return atRoot && !local && !github && baseUrl.getPort() < 0 ? Optional.of(host) : Optional.empty();
  }
}
