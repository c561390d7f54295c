package org.glossa.page;

import java.util.List;

/**
 * One entry on the glossary page of a language. {@code rubyHtml} is the headword with pinyin over
 * each Han character (null when not Chinese); {@code sources} are the works the entry rests on, each
 * a formatted citation (HTML); {@code counterparts} are its headwords in the other languages (a
 * Chinese one with its pinyin); absent values are null.
 */
public record EntryView(
    String id,
    String headword,
    String rubyHtml,
    String pinyin,
    String expansion,
    String category,
    String shortHtml,
    String longHtml,
    List<String> aliases,
    List<String> sources,
    List<Backlink> backlinks,
    List<Headword> counterparts) {
  public EntryView {
    counterparts = List.copyOf(counterparts);
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
    backlinks = List.copyOf(backlinks);
  }

  /** A headword in a language; {@code rubyHtml} carries pinyin over a Chinese one (null otherwise). */
  public record Headword(String lang, String text, String rubyHtml) {}

  /** The passages of one article that mention the entry. */
  public record Backlink(String articleTitle, String articleUrl, List<Link> passages) {
    public Backlink {
      passages = List.copyOf(passages);
    }
  }
}
