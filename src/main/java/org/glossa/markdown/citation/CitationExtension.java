package org.glossa.markdown.citation;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Pandoc's bracketed citations into {@link Citation} nodes: {@code [@key]},
 * {@code [@key, locator]} and several works separated by semicolons, {@code [@a; @b, p. 3]}; in
 * Chinese text the comma and semicolon may be full-width ({@code [@a，第3段；@b]}).
 * A bracket that is followed by {@code (} or {@code [} is left to the link parser.
 */
public final class CitationExtension implements Parser.ParserExtension {
  /** A citation key: letters, digits and inner {@code . _ : -}, as in Pandoc. */
  static final String KEY = "[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?";
  private static final Pattern ITEM = Pattern.compile("\\s*@(" + KEY + ")\\s*(?:[,，]\\s*([^;；]*?))?\\s*");

  private CitationExtension() {}

  public static CitationExtension create() {
    return new CitationExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new Factory());
  }

  /** The works cited by the text between the brackets, or empty when it is not a citation. */
  static Optional<List<Cite>> cites(BasedSequence inner) {
    List<Cite> cites = new ArrayList<>();
    int start = 0;
    String text = inner.toString();
    while (start <= text.length()) {
      int semicolon = firstSemicolon(text, start);
      int end = semicolon < 0 ? text.length() : semicolon;
      Matcher m = ITEM.matcher(text.substring(start, end));
      if (!m.matches()) {
        return Optional.empty();
      }
      String locator = m.group(2) == null ? "" : m.group(2).strip();
      cites.add(new Cite(m.group(1), locator.isEmpty() ? Optional.empty() : Optional.of(locator),
          inner.getStartOffset() + start + m.start(1) - 1));
      if (semicolon < 0) {
        break;
      }
      start = semicolon + 1;
    }
    return cites.isEmpty() ? Optional.empty() : Optional.of(cites);
  }

  /** The next {@code ;} or full-width {@code ；} from {@code start}, or -1. */
  private static int firstSemicolon(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == ';' || text.charAt(i) == '；') {
        return i;
      }
    }
    return -1;
  }

  private static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "[";
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new Parsing();
    }
  }

  private static final class Parsing implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
      BasedSequence input = parser.getInput();
      int start = parser.getIndex();
      if (start + 1 >= input.length() || input.charAt(start + 1) != '@') {
        return false;
      }
      int close = input.indexOf(']', start + 1);
      if (close < 0) {
        return false;
      }
      BasedSequence inner = input.subSequence(start + 1, close);
      if (inner.indexOf('[') >= 0 || close + 1 < input.length() && (input.charAt(close + 1) == '(' || input.charAt(close + 1) == '[')) {
        return false;
      }
      Optional<List<Cite>> cites = cites(inner);
      if (cites.isEmpty()) {
        return false;
      }
      parser.flushTextNode();
      parser.getBlock().appendChild(new Citation(input.subSequence(start, close + 1), cites.get()));
      parser.setIndex(close + 1);
      return true;
    }
  }
}
