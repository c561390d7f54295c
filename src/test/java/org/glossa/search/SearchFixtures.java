package org.glossa.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.text.JsonString;
import org.glossa.text.TraditionalConverter;

/**
 * A small bilingual corpus for the client's tests, in zh-Hans, its generated zh-Hant and en, with
 * a glossary; written as the builder writes indexes, plus the Java stems and foldings of sample
 * words for the client to agree with.
 */
public final class SearchFixtures {
  static final String[][] ZH = {
      {"p1", "腾讯公司董事会主席马化腾和总裁刘炽平都在群里。"},
      {"p2", "混元大模型已经支持了内部600多个应用，混元团队还在迭代。"},
      {"p3", "算力早期非常紧缺，尽量把资源集中起来。"},
      {"p4", "腾讯会议用大模型来生成会议纪要，腾讯会议的用户很多。"},
      {"p5", "客户可以用TI平台精调模型，做fine-tuning。"},
      {"p6", "智能体的方向很重要，要搭建更有价值的应用。"},
      {"p7", "头发干净的后来者。"},
      {"p8", "云"},
      {"p9", "腾讯讯会会议：每个二字组都在，四字却不相连。"},
  };
  static final String[][] EN = {
      {"p1", "Pony Ma, Tencent's chairman, and president Martin Lau are all in the group."},
      {"p2", "The Hunyuan large model already supports more than 600 internal applications; the Hunyuan team keeps iterating."},
      {"p3", "Computing power was very scarce early on, so concentrate resources."},
      {"p4", "Tencent Meeting uses large models to generate meeting minutes, and Tencent Meeting has many users."},
      {"p5", "Customers can fine-tune models on the TI platform: fine-tuning."},
      {"p6", "The direction of AI agents matters: agents build more valuable applications."},
      {"p7", "A latecomer with clean hair."},
      {"p8", "Cloud."},
      {"p9", "Every pair of characters is there, the four are not together."},
  };
  static final SearchTerms TERMS = new SearchTerms(Map.of(
      "tencent", Map.of("zh-Hans", List.of("腾讯", "腾讯公司"), "en", List.of("Tencent")),
      "pony-ma", Map.of("zh-Hans", List.of("马化腾"), "en", List.of("Pony Ma")),
      "hunyuan", Map.of("zh-Hans", List.of("混元大模型", "混元"), "en", List.of("Hunyuan large model", "Hunyuan")),
      "tencent-meeting", Map.of("zh-Hans", List.of("腾讯会议"), "en", List.of("Tencent Meeting")),
      "computing-power", Map.of("zh-Hans", List.of("算力"), "en", List.of("computing power")),
      "ai-agent", Map.of("zh-Hans", List.of("智能体"), "en", List.of("AI agent", "AI agents")),
      "fine-tuning", Map.of("zh-Hans", List.of("精调"), "en", List.of("fine-tuning", "fine-tune"))));
  static final List<String> WORDS = List.of("models", "companies", "agents", "business", "focus", "goes", "shoes", "series",
      "is", "as", "us", "abilities", "plays", "bees", "toes", "news", "ss", "s", "fine", "tuning", "腾讯");

  private SearchFixtures() {}

  private static List<Passage> random() {
    java.util.Random random = new java.util.Random(3);
    String[] pieces = {"腾", "騰", "讯", "訊", "会", "會", "议", "議", "云", "雲", "混", "元", "，", " ", "model", "Models", "agent"};
    List<Passage> out = new ArrayList<>();
    for (int p = 0; p < 80; p++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      out.add(new Passage("zh-Hans", "zh-hans/r/", "随机", "p" + p, sb.toString()));
    }
    return out;
  }

  /**
   * Writes zh-Hans.json, zh-Hant.json, en.json, random.json (passages over a small alphabet of
   * Simplified and Traditional characters and words, so that bigrams often meet without the string),
   * stems.json and folds.json into {@code dir}.
   */
  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    TraditionalConverter hant = TraditionalConverter.icuOnly();
    List<Passage> zh = new ArrayList<>();
    List<Passage> tw = new ArrayList<>();
    List<Passage> en = new ArrayList<>();
    for (String[] p : ZH) {
      zh.add(new Passage("zh-Hans", "zh-hans/a/", "访谈", p[0], p[1]));
      tw.add(new Passage("zh-Hant", "zh-hant/a/", hant.convert("访谈"), p[0], hant.convert(p[1])));
    }
    for (String[] p : EN) {
      en.add(new Passage("en", "en/a/", "Interview", p[0], p[1]));
    }
    Map<String, List<String>> hantForms = new LinkedHashMap<>();
    TERMS.formsIn("zh-Hans").forEach((id, forms) -> hantForms.put(id, forms.stream().map(hant::convert).toList()));
    SearchIndexBuilder builder = new SearchIndexBuilder(TERMS.withLanguage("zh-Hant", hantForms));
    Files.write(dir.resolve("zh-Hans.json"), SearchIndexJson.write(builder.build("zh-Hans", zh)));
    Files.write(dir.resolve("zh-Hant.json"), SearchIndexJson.write(builder.build("zh-Hant", tw)));
    Files.write(dir.resolve("en.json"), SearchIndexJson.write(builder.build("en", en)));
    Files.write(dir.resolve("random.json"), SearchIndexJson.write(builder.build("zh-Hans", random())));
    StringBuilder stems = new StringBuilder("{");
    StringBuilder folds = new StringBuilder("{");
    for (String w : WORDS) {
      JsonString.append(stems.append(stems.length() > 1 ? "," : ""), w);
      JsonString.append(stems.append(':'), EnglishStemmer.stem(w));
    }
    for (String[] p : ZH) {
      String t = hant.convert(p[1]) + " ABC Ünïcode";
      JsonString.append(folds.append(folds.length() > 1 ? "," : ""), t);
      JsonString.append(folds.append(':'), SearchText.fold(t));
    }
    Files.writeString(dir.resolve("stems.json"), stems.append('}'), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("folds.json"), folds.append('}'), StandardCharsets.UTF_8);
  }
}
