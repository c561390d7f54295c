package org.glossa.serve;

import java.nio.charset.StandardCharsets;

/**
 * Puts the live-reload script into an HTML response, just before {@code </body>} (or at the end),
 * as it is sent: the pages of the site, in memory and on disk, never contain it. The script is a
 * file of the server ({@code /__glossa/live.js}), so that a page's Content-Security-Policy
 * ({@code script-src 'self'}) lets it run; its address names the build the page comes from.
 */
final class LiveScript {
  private LiveScript() {}

  static byte[] inject(byte[] html, long build) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + PreviewServer.SCRIPT + "?build=" + build + "\"></script>\n";
    int body = lastIndexOfIgnoreCase(page, "</body>");
    String out = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static int lastIndexOfIgnoreCase(String s, String what) {
    for (int i = s.length() - what.length(); i >= 0; i--) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }
}
