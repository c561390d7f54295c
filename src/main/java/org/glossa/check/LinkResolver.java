package org.glossa.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Resolves a URL found on a page of the site as a browser would, relative to that page's address
 * under the base URL, and says where it leads: to a file of the site (and an anchor in it), out of
 * the site's folder on its own host, or elsewhere on the web (which the check does not follow).
 */
final class LinkResolver {
  /** Where a URL leads. */
  sealed interface Target permits Internal, Outside, External, Malformed {}

  /** To {@code path} below the site's root ({@code en/glossary/index.html}), and the decoded fragment or null. */
  record Internal(String path, String fragment) implements Target {}

  /** To {@code path} on the site's host, but not below its base path. */
  record Outside(String path) implements Target {}

  /** Elsewhere: another host, another scheme (mailto:, tel:, data:). */
  record External() implements Target {}

  record Malformed(String reason) implements Target {}

  private final URI base;
  private final String basePath;

  LinkResolver(URI baseUrl) {
    this.base = baseUrl;
    String path = baseUrl.getPath() == null || baseUrl.getPath().isEmpty() ? "/" : baseUrl.getPath();
    this.basePath = path.endsWith("/") ? path : path + "/";
  }

  Target resolve(String pagePath, String url) {
    URI link;
    try {
      link = new URI(encode(url.strip()));
    } catch (URISyntaxException e) {
      return new Malformed(e.getReason());
    }
    URI page = base.resolve(encode(pagePath));
    URI target = page.resolve(link).normalize();
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new External();
    }
    if (target.getHost() == null || !target.getHost().equalsIgnoreCase(base.getHost()) || port(target) != port(base)) {
      return new External();
    }
    String path = Objects.requireNonNullElse(target.getPath(), "/");
    if ((path + "/").equals(basePath)) {
      path = basePath;
    }
    if (!path.startsWith(basePath) || path.contains("/../")) {
      return new Outside(path);
    }
    String below = path.substring(basePath.length());
    if (below.isEmpty() || below.endsWith("/")) {
      below += "index.html";
    }
    return new Internal(below, target.getFragment());
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Percent-encodes what a browser would before parsing: spaces, non-ASCII and other characters URIs do not allow. */
  static String encode(String url) {
    StringBuilder sb = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 && cp > 0x20 && "\"<>\\^`{|}".indexOf(cp) < 0) {
        sb.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return sb.toString();
  }
}
