package org.glossa.markdown.citation;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glossa.markdown.Html;
import org.glossa.text.DateFormatter;

/**
 * How citations look in one language: in a note, {@code (Global Times, “Tencent announces …”,
 * October 1, 2018)} or {@code （澎湃新闻，《腾讯架构大调整玄机……》，2018年9月30日）}; in a list of
 * works cited, the same with the entry's note. The title links to the work where it has a URL.
 * The markup is plain: {@code <span class="citation">}, {@code <i>}, {@code <a href>}, nothing else.
 */
public record CitationStyle(Bibliography bibliography, String lang) {
  /** The style of the document being rendered; absent in documents rendered without a bibliography. */
  public static final NullableDataKey<CitationStyle> KEY = new NullableDataKey<>("GLOSSA_CITATION_STYLE");

  private boolean chinese() {
    return lang.toLowerCase(Locale.ROOT).startsWith("zh");
  }

  /** A citation as it stands in the text; unknown keys are shown as typed. */
  public String inline(List<Cite> cites) {
    List<String> parts = new ArrayList<>();
    for (Cite cite : cites) {
      Optional<Reference> reference = bibliography.reference(cite.key());
      String body = reference.map(this::describe).orElse(Html.escape("@" + cite.key()));
      parts.add(body + cite.locator().map(l -> (chinese() ? "，" : ", ") + Html.escape(l)).orElse(""));
    }
    String joined = String.join(chinese() ? "；" : "; ", parts);
    return "<span class=\"citation\">" + (chinese() ? "（" + joined + "）" : "(" + joined + ")") + "</span>";
  }

  /** A reference in a list of works cited: its description, then its note in this language. */
  public String entry(Reference reference) {
    return entry(reference, Optional.empty());
  }

  /** A reference in a list, with the place in the work that is meant ({@code para. 2}), then its note. */
  public String entry(Reference reference, Optional<String> locator) {
    String head = describe(reference) + locator.map(l -> (chinese() ? "，" : ", ") + Html.escape(l)).orElse("") + (chinese() ? "。" : ".");
    return head + reference.note().in(lang).map(n -> (chinese() ? "" : " ") + Html.escape(n)).orElse("");
  }

  /** Author, title, outlet, date and language of a work, without locator or note. */
  String describe(Reference r) {
    List<String> parts = new ArrayList<>();
    r.author().in(lang).map(Html::escape).ifPresent(parts::add);
    r.title().map(Html::escape).map(t -> link(r, t)).map(t -> quoted(r, t)).ifPresent(parts::add);
    r.outlet().in(lang).map(Html::escape).map(o -> r.title().isPresent() ? o : link(r, o))
        .map(o -> chinese() ? o : "<i>" + o + "</i>").ifPresent(parts::add);
    r.date().map(d -> Html.escape(DateFormatter.format(d, lang))).ifPresent(parts::add);
    return String.join(chinese() ? "，" : ", ", parts) + languageNote(r);
  }

  /** 《》 around a Chinese work's title in Chinese text; quotation marks around any other title. */
  private String quoted(Reference r, String title) {
    return chinese() && sameScript(r) ? "《" + title + "》" : "“" + title + "”";
  }

  private String link(Reference r, String text) {
    return r.url().map(u -> "<a href=\"" + Html.escape(u) + "\">" + text + "</a>").orElse(text);
  }

  /** A Chinese work cited in Chinese takes 《》; any other title takes quotation marks. */
  private boolean sameScript(Reference r) {
    return r.language().toLowerCase(Locale.ROOT).startsWith("zh");
  }

  /** ", in Chinese" / "，原文为英语" when the work is in another language than the text citing it. */
  private String languageNote(Reference r) {
    String work = primary(r.language());
    if (work.equals(primary(lang))) {
      return "";
    }
    String name = Locale.forLanguageTag(r.language()).getDisplayLanguage(Locale.forLanguageTag(lang));
    return chinese() ? "，原文为" + name : ", in " + name;
  }

  private static String primary(String tag) {
    return Locale.forLanguageTag(tag).getLanguage();
  }
}
