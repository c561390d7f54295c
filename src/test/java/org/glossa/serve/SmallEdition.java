package org.glossa.serve;

import java.io.IOException;
import java.nio.file.Path;
import org.glossa.build.SiteFixture;

/**
 * A small bilingual edition for the incremental build's tests: three articles in Chinese and English
 * with notes, glossary terms and a citation, a glossary of three entries and a bibliography, and the
 * edition's real templates.
 */
final class SmallEdition {
  private SmallEdition() {}

  static final String FILES = """
      -- content/config.yaml --
      baseUrl: https://example.org/edition/
      defaultLanguage: zh-Hans
      languages:
        zh-Hans: {prefix: zh-hans, name: 简体中文, title: 测试读本, description: 一个测试站点。}
        en: {prefix: en, name: English, title: Test Edition, description: A test site.}
      -- content/glossary.yaml --
      rag:
        category: concept
        zh-Hans:
          headword: 检索增强生成
          aliases: [RAG]
          short: 先检索再生成的方法。
          long: |
            让模型先查资料[@gt-2018]。
        en:
          headword: retrieval-augmented generation
          aliases: [RAG]
          short: Retrieve, then generate.
          long: |
            The model looks things up first [@gt-2018].
      tencent:
        category: organisation
        zh-Hans:
          headword: 腾讯
          short: 一家公司。
          long: |
            总部在深圳。
        en:
          headword: Tencent
          short: A company.
          long: |
            Based in Shenzhen.
      hunyuan:
        category: product
        zh-Hans:
          headword: 混元
          short: 腾讯的大模型。
          long: |
            2023年发布。
        en:
          headword: Hunyuan
          short: Tencent's large model.
          long: |
            Released in 2023.
      -- content/references.yaml --
      gt-2018:
        outlet: {en: Global Times, zh-Hans: 环球时报}
        title: "Tencent announces restructuring"
        date: 2018-10-01
        language: en
      -- content/talks/alpha/index.zh-Hans.md --
      ---
      title: 第一篇
      date: 2024-07-04
      speakers:
        q: {name: 记者, role: interviewer}
        t: {name: 汤道生, role: interviewee}
      ---

      腾讯谈RAG。[^a]

      ## 大模型的竞争

      为什么用混元？
      {turn=q}

      因为好用。
      {turn=t}

      [^a]: 编者注，见[@gt-2018]。
      -- content/talks/alpha/index.en.md --
      ---
      title: The first
      date: 2024-07-04
      speakers:
        q: {name: Reporter, role: interviewer}
        t: {name: Dowson Tong, role: interviewee}
      ---

      Tencent on RAG.[^a]

      ## The race of large models

      Why Hunyuan?
      {turn=q}

      Because it works.
      {turn=t}

      [^a]: An editor's note, see [@gt-2018].
      -- content/talks/beta.zh-Hans.md --
      ---
      title: 第二篇
      date: 2024-08-01
      ---

      混元与腾讯。

      第二段。
      -- content/talks/beta.en.md --
      ---
      title: The second
      date: 2024-08-01
      ---

      Hunyuan and Tencent.

      The second paragraph.
      -- content/gamma.zh-Hans.md --
      ---
      title: 第三篇
      date: 2023-01
      ---

      没有术语的一段。
      -- content/gamma.en.md --
      ---
      title: The third
      date: 2023-01
      ---

      A paragraph without terms.
      """;

  static SiteFixture in(Path dir) throws IOException {
    return SiteFixture.of(dir, FILES);
  }
}
