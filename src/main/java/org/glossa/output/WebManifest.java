package org.glossa.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.page.Json;
import org.glossa.page.SiteView;

/**
 * The web app manifest of one language ({@code <prefix>/manifest.webmanifest}): the edition's name
 * in that language, its home as start page, the whole site as scope, and the icons of
 * {@code templates/assets/}. Colours match the paper and accent of {@code glossa.css}.
 */
public final class WebManifest {
  static final String PAPER = "#fffdf8";
  static final String ACCENT = "#8a2d1c";

  private WebManifest() {}

  public static String of(SiteView site) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", site.home());
    m.put("name", site.title());
    m.put("description", site.description().isEmpty() ? null : site.description());
    m.put("lang", site.lang());
    m.put("dir", "ltr");
    m.put("start_url", site.home());
    m.put("scope", site.rootUrl());
    m.put("display", "minimal-ui");
    m.put("background_color", PAPER);
    m.put("theme_color", ACCENT);
    m.put("icons", List.of(
        icon(site.assets() + "icon.svg", "any", "image/svg+xml", "any"),
        icon(site.assets() + "icon-192.png", "192x192", "image/png", "any"),
        icon(site.assets() + "icon-512.png", "512x512", "image/png", "any"),
        icon(site.assets() + "icon-maskable-512.png", "512x512", "image/png", "maskable")));
    return Json.write(m) + "\n";
  }

  private static Map<String, Object> icon(String src, String sizes, String type, String purpose) {
    Map<String, Object> icon = new LinkedHashMap<>();
    icon.put("src", src);
    icon.put("sizes", sizes);
    icon.put("type", type);
    icon.put("purpose", purpose);
    return icon;
  }
}
