package org.glossa.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glossa.text.JsonString;

/**
 * Writes a {@link SearchIndex} as the compact JSON the client loads ({@code search.js}), the same
 * bytes for the same index: keys in a fixed order, maps sorted, no spaces, UTF-8. Lists of passage
 * numbers are written as differences from the previous number ({@code [3,5,9]} → {@code [3,2,4]}),
 * and the folding as one string of pairs, Traditional then Simplified ({@code "騰腾訊讯"}).
 *
 * <pre>
 * {"version":1,"lang":"en","fold":"…","articles":[[url,title],…],"passages":[[article,id,text],…],
 *  "tokens":{token:[deltas],…},"entries":{entry:[deltas],…},"forms":{form:entry,…}}
 * </pre>
 */
public final class SearchIndexJson {
  public static final int VERSION = 1;

  private SearchIndexJson() {}

  public static byte[] write(SearchIndex index) {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("{\"version\":").append(VERSION).append(",\"lang\":");
    JsonString.append(out, index.lang());
    StringBuilder fold = new StringBuilder();
    index.folding().forEach((from, to) -> fold.appendCodePoint(from).appendCodePoint(to));
    out.append(",\"fold\":");
    JsonString.append(out, fold.toString());
    out.append(",\"articles\":[");
    for (int i = 0; i < index.articles().size(); i++) {
      SearchIndex.Article a = index.articles().get(i);
      out.append(i == 0 ? "[" : ",[");
      JsonString.append(out, a.url());
      out.append(',');
      JsonString.append(out, a.title());
      out.append(']');
    }
    out.append("],\"passages\":[");
    passages(out, index);
    out.append("],\"tokens\":");
    postings(out, index.tokens());
    out.append(",\"entries\":");
    postings(out, index.entries());
    out.append(",\"forms\":{");
    boolean first = true;
    for (Map.Entry<String, String> e : index.forms().entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      JsonString.append(out, e.getKey());
      out.append(':');
      JsonString.append(out, e.getValue());
    }
    return out.append("}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void passages(StringBuilder out, SearchIndex index) {
    for (int i = 0; i < index.passages().size(); i++) {
      SearchIndex.Entry p = index.passages().get(i);
      out.append(i == 0 ? "[" : ",[").append(p.article()).append(',');
      JsonString.append(out, p.id());
      out.append(',');
      JsonString.append(out, p.text());
      out.append(']');
    }
  }

  private static void postings(StringBuilder out, Map<String, int[]> lists) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, int[]> e : lists.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      JsonString.append(out, e.getKey());
      out.append(":[");
      int previous = 0;
      for (int i = 0; i < e.getValue().length; i++) {
        out.append(i == 0 ? "" : ",").append(e.getValue()[i] - previous);
        previous = e.getValue()[i];
      }
      out.append(']');
    }
    out.append('}');
  }
}
