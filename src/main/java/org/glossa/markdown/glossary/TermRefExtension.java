package org.glossa.markdown.glossary;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/** Parses {@code [[term]]}, {@code [[text|entry-id]]} and {@code [[!term]]} into {@link TermRef} nodes. */
public final class TermRefExtension implements Parser.ParserExtension {
  private TermRefExtension() {}

  public static TermRefExtension create() {
    return new TermRefExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new Factory());
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
      if (start + 1 >= input.length() || input.charAt(start + 1) != '[') {
        return false;
      }
      int close = input.indexOf("]]", start + 2);
      int lineEnd = input.indexOf('\n', start + 2);
      if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
        return malformed(parser, start, "'[[' starts no glossary reference: there is no ']]' after it on this line");
      }
      BasedSequence inner = input.subSequence(start + 2, close);
      if (inner.indexOf('[') >= 0) {
        return false;
      }
      if (inner.isBlank() || inner.toString().equals("!")) {
        return malformed(parser, start, close + 2, "the glossary reference " + input.subSequence(start, close + 2) + " names no term");
      }
      boolean suppressed = inner.charAt(0) == '!';
      BasedSequence body = suppressed ? inner.subSequence(1) : inner;
      int bar = body.indexOf('|');
      BasedSequence shown = bar < 0 ? body : body.subSequence(0, bar);
      String target = bar < 0 ? shown.toString() : body.subSequence(bar + 1).toString().trim();
      if (shown.isBlank()) {
        return malformed(parser, start, close + 2, "the glossary reference " + input.subSequence(start, close + 2) + " shows no text");
      }
      parser.flushTextNode();
      parser.getBlock().appendChild(new TermRef(input.subSequence(start, close + 2), shown, target, suppressed));
      parser.setIndex(close + 2);
      return true;
    }

    private static boolean malformed(LightInlineParser parser, int start, String problem) {
      return malformed(parser, start, start + 2, problem);
    }

    private static boolean malformed(LightInlineParser parser, int start, int end, String problem) {
      parser.flushTextNode();
      parser.getBlock().appendChild(TermRef.malformed(parser.getInput().subSequence(start, end), problem));
      parser.setIndex(end);
      return true;
    }
  }
}
