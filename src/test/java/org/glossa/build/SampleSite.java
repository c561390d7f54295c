package org.glossa.build;

/** A two-language sample edition shared by the whole-site tests: one interview with a note and turns. */
public final class SampleSite {
  private SampleSite() {}

  public static final String CONFIG = """
      -- content/config.yaml --
      baseUrl: https://example.org/
      defaultLanguage: zh-Hans
      languages:
        zh-Hans: {prefix: zh-hans, name: 简体中文, title: 测试读本, description: 一个测试站点。}
        en: {prefix: en, name: English, title: Test Edition, description: A test site.}
      """;

  public static final String ARTICLE = CONFIG + """
      -- content/talks/first/index.zh-Hans.md --
      ---
      title: 第一篇
      date: 2024-07-04
      speakers:
        q: {name: 记者, role: interviewer}
        t: {name: 汤道生, role: interviewee}
      ---

      开场白。[^a]
      {#p1}

      ## 大模型的竞争 {#p2}

      为什么？
      {#p3 turn=q}

      因为
      如此。
      {#p4 turn=t}

      [^a]: 编者注。
      -- content/talks/first/index.en.md --
      ---
      title: The first
      date: 2024-07-04
      translatedFrom: zh-Hans
      speakers:
        q: {name: Reporter, role: interviewer}
        t: {name: Dowson Tong, role: interviewee}
      ---

      Opening.[^a]
      {#p1}

      ## The race of large models {#p2}

      Why?
      {#p3 turn=q}

      Because
      so.
      {#p4 turn=t}

      [^a]: An editor's note.
      """;
}
