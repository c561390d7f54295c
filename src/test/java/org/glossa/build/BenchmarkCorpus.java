package org.glossa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus shaped like the shared benchmark's ({@code bench/gen_corpus.py}): flat
 * {@code content/<id>.zh.md} and {@code <id>.en.md} with {@code lang:} and {@code translationKey:}
 * and no ids and no {@code translatedFrom}; headings every eight paragraphs, a list, five notes, a
 * bold term and a link; Chinese sentences from the edition's own raw source, pseudo-English. Like the
 * original, some Chinese paragraphs start with a bold Latin term and a typed space.
 */
final class BenchmarkCorpus {
  private static final String[] TERMS = {"RAG", "MaaS", "CSIG", "IaaS", "PaaS", "SaaS", "GPU", "TEG"};
  private static final String[] WORDS = ("the a of to in for on with model cloud platform service data system user product team market "
      + "customer network storage compute cluster engine layer interface document search index answer training inference "
      + "capacity strategy industry scenario release feature growth revenue build deliver improve reduce scale support").split(" ");
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]?");

  private BenchmarkCorpus() {}

  static String config() {
    return """
        baseUrl: https://example.org/
        defaultLanguage: zh
        languages:
          zh: {name: 中文, title: 基准}
          en: {name: English, title: Bench}
        """;
  }

  /** Writes {@code n} articles in two languages into {@code content}. */
  static void write(Path content, int n) throws IOException {
    List<String> zh = zhSentences();
    Files.createDirectories(content);
    for (int i = 1; i <= n; i++) {
      for (String lang : List.of("zh", "en")) {
        Files.writeString(content.resolve(String.format("a%05d.%s.md", i, lang)), article(i, lang, zh), StandardCharsets.UTF_8);
      }
    }
  }

  private static List<String> zhSentences() throws IOException {
    String raw = Files.readString(Path.of("content/sources/000_fe5bbb6232202266.txt")).replaceAll("365买球(app)?官方网站", "");
    List<String> out = new ArrayList<>();
    for (String line : raw.split("\n")) {
      if (line.strip().length() < 12 || line.startsWith("发布时间")) {
        continue;
      }
      Matcher m = SENTENCE.matcher(line.strip());
      while (m.find()) {
        if (m.group().length() >= 8) {
          out.add(m.group().endsWith("。") || m.group().endsWith("？") ? m.group() : m.group() + "。");
        }
      }
    }
    return out;
  }

  private static String article(int i, String lang, List<String> zh) {
    Random rng = new Random(("bench-" + i + "-" + lang).hashCode());
    boolean chinese = lang.equals("zh");
    int paragraphs = 24;
    List<String> paras = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      paras.add(chinese ? zhParagraph(rng, zh) : enParagraph(rng));
    }
    List<Integer> noted = new ArrayList<>();
    while (noted.size() < 5) {
      int p = rng.nextInt(paragraphs);
      if (!noted.contains(p)) {
        noted.add(p);
      }
    }
    noted.sort(null);
    for (int k = 0; k < 5; k++) {
      paras.set(noted.get(k), paras.get(noted.get(k)) + "[^" + (k + 1) + "]");
    }
    int bold = rng.nextInt(paragraphs);
    paras.set(bold, "**" + TERMS[i % TERMS.length] + "** " + paras.get(bold));
    int link = rng.nextInt(paragraphs);
    paras.set(link, paras.get(link) + " [" + (chinese ? "相关阅读" : "Further reading") + "](https://example.org/" + lang + "/a" + i + "/)");
    StringBuilder sb = new StringBuilder("---\ntitle: \"" + (chinese ? "标题" : "Title") + " (" + i + ")\"\ndate: "
        + LocalDate.of(2020, 1, 1).plusDays((i * 37L) % 1800) + "\nlang: " + lang + "\ntranslationKey: a" + String.format("%05d", i) + "\n---\n\n");
    for (int p = 0; p < paragraphs; p++) {
      if (p % 8 == 0) {
        sb.append("## ").append(chinese ? "小标题" + p : "Heading " + p).append("\n\n");
      }
      sb.append(paras.get(p)).append("\n\n");
      if (p == paragraphs / 2) {
        sb.append(chinese ? "- 第一点\n- 第二点\n- 第三点\n\n" : "- First point\n- Second point\n\n");
      }
    }
    sb.append(chinese ? "文档编号:BENCH-DOC-" : "Document id: BENCH-DOC-").append(i).append("\n\n");
    for (int k = 1; k <= 5; k++) {
      sb.append("[^").append(k).append("]: ").append(chinese ? "注释" + k + "。" : "Note " + k + ".").append('\n');
    }
    return sb.toString();
  }

  private static String zhParagraph(Random rng, List<String> zh) {
    StringBuilder sb = new StringBuilder();
    for (int s = 2 + rng.nextInt(4); s > 0; s--) {
      sb.append(zh.get(rng.nextInt(zh.size())));
    }
    return sb.toString();
  }

  private static String enParagraph(Random rng) {
    StringBuilder sb = new StringBuilder();
    for (int s = 3 + rng.nextInt(4); s > 0; s--) {
      StringBuilder sentence = new StringBuilder();
      for (int w = 8 + rng.nextInt(10); w > 0; w--) {
        sentence.append(sentence.length() == 0 ? "" : " ").append(WORDS[rng.nextInt(WORDS.length)]);
      }
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append('.');
    }
    return sb.toString();
  }
}
