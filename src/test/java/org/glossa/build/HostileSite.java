package org.glossa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * An edition written by a hostile contributor (issue 8, fact 2): script in a glossary definition, in
 * raw HTML, in attribute blocks, in link URLs of every spelling and in an editorial note. Each
 * attack calls {@code window.__pwned(...)}, which a browser test watches for. {@link #scriptVectors}
 * lists what in a built page could run script.
 */
public final class HostileSite {
  private HostileSite() {}

  public static final String FILES = SampleSite.CONFIG + """
      -- content/glossary.yaml --
      rag:
        category: concept
        zh-Hans:
          headword: 检索增强生成
          aliases: [RAG]
          short: "<img src=x onerror=\\"window.__pwned('glossary short')\\"> 先检索、再生成。"
          long: "<script>window.__pwned('glossary long')</script> <a href=\\"javascript:window.__pwned('glossary link')\\">更多</a>"
        en:
          headword: retrieval-augmented generation
          aliases: [RAG]
          short: "<svg onload=\\"window.__pwned('glossary svg')\\"></svg> Generating from retrieved documents."
          long: "[more](JavaScript:window.__pwned('glossary md link'))"
      -- content/talks/hostile/index.zh-Hans.md --
      ---
      title: 敌意的文章
      note: "编者按 <img src=x onerror=\\"window.__pwned('note')\\">"
      ---

      腾讯用RAG技术。<img src=x onerror="window.__pwned('inline img')">
      {#p1}

      脚本：<script>window.__pwned('script inline')</script>
      {#p2}

      把鼠标移到这里。
      {#p3 onmouseover="window.__pwned('attribute block')" style="position:fixed;inset:0" lang=zh-Hans}

      [甲](javascript:window.__pwned('a')) [乙](JavaScript:window.__pwned('b')) [丙](java&#9;script:window.__pwned('c'))
      [丁](&#106;avascript:window.__pwned('d')) [戊](vbscript:x) [己](data:text/html,<script>window.__pwned('f')</script>)
      {#p4}

      注释。[^n]
      {#p5}

      [^n]: 注 <svg onload="window.__pwned('footnote')"></svg> [链接](javascript:window.__pwned('footnote link'))。
      -- content/talks/hostile/index.en.md --
      ---
      title: A hostile article
      translatedFrom: zh-Hans
      ---

      Tencent uses RAG.<img src=x onerror="window.__pwned('inline img en')">
      {#p1}

      Script: <script>window.__pwned('script inline en')</script>
      {#p2}

      Hover <svg><script>window.__pwned('svg script')</script></svg> here.
      {#p3 onmouseover="window.__pwned('attribute block en')"}

      [a](javascript:window.__pwned('a en')) [b](JAVASCRIPT:window.__pwned('b en')) [c](java&#x0A;script:window.__pwned('c en'))
      [d](&#x6A;avascript&#x3A;window.__pwned('d en')) [e](VBScript:x) [f](DATA:text/html;base64,PHNjcmlwdD4=)
      {#p4}

      A note.[^n]
      {#p5}

      [^n]: A note <img src=x onerror="window.__pwned('footnote en')">.
      """;

  /** The same edition with rawHtml on: plain HTML is kept, everything that could run script is still removed. */
  public static final String FILES_WITH_RAW_HTML = FILES.replace("languages:", "rawHtml: true\nlanguages:")
      .replace("腾讯用RAG技术。", "腾讯用<b>RAG</b>技术。");

  /** Every place in the HTML pages below {@code site} where script could run, as "file: what". */
  /**
   * The scripts the edition's own layout writes: its two script files, the theme script that the
   * Content-Security-Policy names by hash (ThemeScriptTest), and JSON-LD data, which never runs.
   */
  private static boolean isTemplateScript(Element e) {
    String src = e.attr("src");
    return src.endsWith("assets/glossa.js") || src.endsWith("assets/search.js") || e.attr("type").equals("application/ld+json")
        || (src.isEmpty() && e.data().startsWith("document.documentElement.classList.add(\"js\");"));
  }

  public static List<String> scriptVectors(Path site) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String name = site.relativize(page).toString();
      for (Element e : Jsoup.parse(Files.readString(page)).getAllElements()) {
        String tag = e.normalName();
        if (tag.equals("script") && !isTemplateScript(e)) {
          found.add(name + ": <script> " + e.outerHtml());
        }
        if (List.of("iframe", "object", "embed", "svg", "math", "base", "form").contains(tag)) {
          found.add(name + ": <" + tag + ">");
        }
        for (Attribute a : e.attributes()) {
          String key = a.getKey().toLowerCase(Locale.ROOT);
          String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
          if (key.startsWith("on")) {
            found.add(name + ": " + key + "= on <" + tag + ">");
          }
          if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
            found.add(name + ": " + key + "=" + a.getValue() + " on <" + tag + ">");
          }
        }
      }
    }
    return found;
  }
}
