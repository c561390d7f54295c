package org.glossa.output;

import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a rendered page's links to the site itself from root-relative with the base path
 * ({@code /edition/en/glossary/#rag}) to relative to the page ({@code ../glossary/#rag}), as Hugo's
 * {@code relativeURLs} does, so that the same site works under any path prefix. Only URL attributes
 * of tags are touched, never text, comments, scripts or styles; links elsewhere (absolute URLs,
 * {@code //host/}, fragments, other root paths) stay as they are. The 404 page is not rewritten: a
 * host serves it at any depth, where only root-relative links resolve.
 */
public final class RelativeLinks {
  private static final String[] URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "cite", "data"};
  private static final String[] RAW_TEXT = {"script", "style"};

  private final String basePath;

  /** @param basePath the path of the base URL, starting and ending with '/': {@code /edition/} */
  public RelativeLinks(String basePath) {
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
      throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
    }
    this.basePath = basePath;
  }

  /** The page at {@code pagePath} below the site root ({@code en/a/index.html}) with its own links made relative. */
  public String rewrite(String html, String pagePath) {
    Page page = new Page(pagePath);
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        out.append(html, i, html.length());
        break;
      }
      out.append(html, i, lt);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? html.length() : end + 3;
        out.append(html, lt, i);
      } else if (lt + 1 < html.length() && Character.isLetter(html.charAt(lt + 1))) {
        i = tag(html, lt, page, out);
      } else {
        out.append('<');
        i = lt + 1;
      }
    }
    return out.toString();
  }

  /** Copies the start tag at {@code lt}, rewriting URL attributes, and the raw text after script and style; returns the next index. */
  private int tag(String html, int lt, Page page, StringBuilder out) {
    int i = lt + 1;
    while (i < html.length() && isNameChar(html.charAt(i))) {
      i++;
    }
    String rawText = oneOf(RAW_TEXT, html, lt + 1, i);
    out.append(html, lt, i);
    while (i < html.length() && html.charAt(i) != '>') {
      char c = html.charAt(i);
      if (!isNameChar(c)) {
        out.append(c);
        i++;
        continue;
      }
      i = attribute(html, i, page, out);
    }
    if (i < html.length()) {
      out.append('>');
      i++;
    }
    if (rawText != null) {
      int end = indexOfIgnoreCase(html, "</" + rawText, i);
      end = end < 0 ? html.length() : end;
      out.append(html, i, end);
      i = end;
    }
    return i;
  }

  /** Copies one attribute starting at {@code start}, rewriting its value if it is a URL; returns the next index. */
  private int attribute(String html, int start, Page page, StringBuilder out) {
    int i = start;
    while (i < html.length() && isNameChar(html.charAt(i))) {
      i++;
    }
    String url = oneOf(URL_ATTRIBUTES, html, start, i);
    out.append(html, start, i);
    int eq = i;
    while (eq < html.length() && Character.isWhitespace(html.charAt(eq))) {
      eq++;
    }
    if (eq >= html.length() || html.charAt(eq) != '=') {
      return i;
    }
    int v = eq + 1;
    while (v < html.length() && Character.isWhitespace(html.charAt(v))) {
      v++;
    }
    out.append(html, i, v);
    if (v >= html.length()) {
      return v;
    }
    char quote = html.charAt(v);
    int valueStart = quote == '"' || quote == '\'' ? v + 1 : v;
    int valueEnd = valueStart;
    while (valueEnd < html.length() && (quote == '"' || quote == '\''
        ? html.charAt(valueEnd) != quote : !Character.isWhitespace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>')) {
      valueEnd++;
    }
    if (url == null || !url.equals("srcset") && !html.startsWith(basePath, valueStart)) {
      out.append(html, v, valueEnd); // not a link into the site: copied as it is
      return valueEnd;
    }
    out.append(html, v, valueStart);
    out.append(rewriteValue(url, html.substring(valueStart, valueEnd), page));
    return valueEnd;
  }

  /** The name of {@code names} that {@code html[start, end)} spells in any case, or null; no copy of the text is made. */
  private static String oneOf(String[] names, String html, int start, int end) {
    for (String name : names) {
      if (name.length() == end - start && html.regionMatches(true, start, name, 0, name.length())) {
        return name;
      }
    }
    return null;
  }

  private String rewriteValue(String attribute, String value, Page page) {
    if (!attribute.equals("srcset")) {
      return relative(value, page);
    }
    StringBuilder sb = new StringBuilder();
    for (String candidate : value.split(",", -1)) {
      String trimmed = candidate.stripLeading();
      sb.append(sb.length() == 0 ? "" : ",").append(candidate, 0, candidate.length() - trimmed.length()).append(relative(trimmed, page));
    }
    return sb.toString();
  }

  /** {@code url} relative to the page when it is a root-relative link into the site; otherwise unchanged. */
  String relative(String url, String pagePath) {
    return relative(url, new Page(pagePath));
  }

  /** A page being rewritten: its path's segments, and the relative form of each path it links to (a page links to few). */
  private static final class Page {
    final String[] segments;
    final Map<String, String> paths = new HashMap<>();

    Page(String path) {
      segments = path.split("/", -1);
    }
  }

  /** {@code url} relative to {@code page}. */
  private String relative(String url, Page page) {
    if (!url.startsWith(basePath) || url.startsWith("//")) {
      return url;
    }
    String target = url.substring(basePath.length());
    int suffixAt = firstOf(target, '?', '#');
    return page.paths.computeIfAbsent(target.substring(0, suffixAt), path -> relativePath(path, page.segments)) + target.substring(suffixAt);
  }

  /** A path below the site root relative to the page whose path has the segments {@code from}. */
  private static String relativePath(String path, String[] from) {
    String[] to = path.split("/", -1);
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("../".repeat(from.length - 1 - common));
    for (int k = common; k < to.length; k++) {
      sb.append(to[k]).append(k < to.length - 1 ? "/" : "");
    }
    int firstSlash = sb.indexOf("/");
    if (sb.length() == 0 || sb.substring(0, firstSlash < 0 ? sb.length() : firstSlash).contains(":")) {
      sb.insert(0, "./"); // an empty link, or a first segment that would read as a scheme
    }
    return sb.toString();
  }

  /** Where {@code s} next holds {@code what} (ASCII, any case) from {@code from}, without copying {@code s}; -1 if nowhere. */
  private static int indexOfIgnoreCase(String s, String what, int from) {
    for (int i = from; i <= s.length() - what.length(); i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j < 0 ? s.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  private static boolean isNameChar(char c) {
    return !Character.isWhitespace(c) && c != '>' && c != '/' && c != '=' && c != '"' && c != '\'' && c != '<';
  }
}
