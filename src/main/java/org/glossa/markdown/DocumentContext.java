package org.glossa.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Map;
import java.util.Set;

/**
 * What the note renderer needs to know about the document being rendered: the scope of its ids
 * (the language, so that two languages can share a page), each note's number and inline text, and
 * the notes whose margin text was already written (a note referenced twice gets it once), the
 * URL of the glossary page that annotated terms link to, and the address relative links resolve against.
 */
record DocumentContext(String scope, String glossaryHref, String pageHref, Map<String, Integer> numbers, Map<String, String> inlineHtml,
    Set<Integer> rendered) {
  static final NullableDataKey<DocumentContext> KEY = new NullableDataKey<>("GLOSSA_DOCUMENT_CONTEXT");

  String refId(int number) {
    return "fnref-" + scope + "-" + number;
  }

  /** Id of a note's margin copy beside its first reference. */
  String sideId(int number) {
    return "sn-" + scope + "-" + number;
  }

  String noteId(int number) {
    return "fn-" + scope + "-" + number;
  }
}
