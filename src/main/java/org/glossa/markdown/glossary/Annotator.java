package org.glossa.markdown.glossary;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.config.AnnotationScope;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.SourcePosition;
import org.glossa.diag.Rule;

/**
 * Annotates glossary terms in one document, unit by unit: the occurrences chosen by the scope
 * (first per article, first per section, every) become {@link GlossaryTerm} nodes; explicit
 * {@code [[...]]} references are resolved. Never inside headings, links, images, code, raw HTML,
 * footnote references or another term. Every occurrence is recorded as a {@link Mention}.
 */
public final class Annotator {
  private static final int LOOKAHEAD = 40;
  private final TermIndex index;
  private final AnnotationScope scope;
  private final Set<String> annotated = new HashSet<>();
  private final Set<String> used = new LinkedHashSet<>();
  private final List<Mention> mentions = new ArrayList<>();

  public Annotator(TermIndex index, AnnotationScope scope) {
    this.index = index;
    this.scope = scope;
  }

  /** Annotates one top-level block; {@code unitId} is where its mentions point. */
  public void annotate(Node unit, String unitId, Path path, Diagnostics diagnostics) {
    if (unit instanceof Heading && scope == AnnotationScope.FIRST_PER_SECTION) {
      annotated.clear();
    }
    List<Node> targets = new ArrayList<>();
    collect(unit, !(unit instanceof Heading), targets);
    for (Node node : targets) {
      if (node instanceof TermRef ref) {
        resolve(ref, unitId, path, diagnostics);
      } else if (node instanceof Text text) {
        annotateText(text, unitId, path, diagnostics);
      }
    }
  }

  /**
   * Resolves the explicit {@code [[...]]} references inside a block that is not annotated
   * automatically, such as a footnote; they count neither as mentions of a passage nor as the
   * first annotation of their entry.
   */
  public void resolveReferences(Node block, Path path, Diagnostics diagnostics) {
    List<Node> refs = new ArrayList<>();
    collectRefsOnly(block, refs);
    for (Node ref : refs) {
      resolve((TermRef) ref, null, path, diagnostics);
    }
  }

  /** Entries annotated at least once, in order of first annotation. */
  public List<String> used() {
    return List.copyOf(used);
  }

  public List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  /**
   * Warns when the match hides the start of another entry's form that runs past its end, as 大模型
   * hides 模型商店 in 大模型商店: the editor should add the whole phrase as an alias or annotate by hand.
   */
  private void reportHidden(BasedSequence chars, TermMatch m, Text text, Path path, Diagnostics diagnostics) {
    int from = m.start() + 1;
    int to = Math.min(chars.length(), m.end() + LOOKAHEAD);
    if (from >= m.end()) {
      return;
    }
    List<TermMatch> later = index.matcher().findAll(chars.subSequence(from, to));
    if (later.isEmpty()) {
      return;
    }
    TermMatch hidden = later.get(0);
    if (from + hidden.start() < m.end() && from + hidden.end() > m.end() && !hidden.entryId().equals(m.entryId())) {
      String phrase = chars.subSequence(m.start(), from + hidden.end()).toString();
      diagnostics.warning(Rule.TERM_OVERLAP, path, SourcePosition.line(text), SourcePosition.column(text) + m.start(),
          "'" + m.alias() + "' (" + m.entryId() + ") hides the overlapping '" + hidden.alias() + "' (" + hidden.entryId() + ") in '" + phrase + "'",
          "add '" + phrase + "' as an alias of the entry it belongs to, or mark the intended term with [[...]]");
    }
  }

  private static void collect(Node node, boolean allowed, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TermRef) {
        out.add(child);
      } else if (child instanceof Text && allowed) {
        out.add(child);
      } else if (!isExcluded(child)) {
        collect(child, allowed, out);
      } else {
        collectRefsOnly(child, out);
      }
    }
  }

  private static void collectRefsOnly(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TermRef) {
        out.add(child);
      } else {
        collectRefsOnly(child, out);
      }
    }
  }

  private static boolean isExcluded(Node n) {
    return n instanceof Link || n instanceof LinkRef || n instanceof Image || n instanceof ImageRef
        || n instanceof AutoLink || n instanceof MailLink || n instanceof Code || n instanceof CodeBlock
        || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlInline
        || n instanceof HtmlBlock || n instanceof Footnote || n instanceof GlossaryTerm
        || n instanceof AttributesNode || n instanceof Heading;
  }

  private void resolve(TermRef ref, String unitId, Path path, Diagnostics diagnostics) {
    if (ref.problem() != null) {
      diagnostics.error(path, SourcePosition.line(ref), SourcePosition.column(ref), ref.problem(),
          "write [[term]], [[shown text|entry-id]] or [[!term]]; for brackets as text, write \\[[");
      ref.insertBefore(new Text(ref.getChars()));
      ref.unlink();
      return;
    }
    boolean allowed = ref.getAncestorOfType(Heading.class, Link.class, LinkRef.class, Image.class, Code.class) == null;
    if (ref.suppressed() || !allowed) {
      ref.insertBefore(new Text(ref.shown()));
      ref.unlink();
      return;
    }
    Optional<String> id = index.resolve(ref.target());
    if (id.isEmpty()) {
      diagnostics.error(path, SourcePosition.line(ref), SourcePosition.column(ref), "unknown glossary term '" + ref.target() + "'",
          "add an entry for it to content/glossary.yaml, fix the spelling, or write [[text|entry-id]]");
      ref.insertBefore(new Text(ref.shown()));
    } else {
      used.add(id.get());
      if (unitId != null) {
        annotated.add(id.get());
        mentions.add(new Mention(id.get(), unitId));
      }
      ref.insertBefore(new GlossaryTerm(ref.shown(), id.get()));
    }
    ref.unlink();
  }

  private void annotateText(Text text, String unitId, Path path, Diagnostics diagnostics) {
    BasedSequence chars = text.getChars();
    List<TermMatch> matches = index.matcher().findAll(chars);
    if (matches.isEmpty()) {
      return;
    }
    int done = 0;
    for (TermMatch m : matches) {
      reportHidden(chars, m, text, path, diagnostics);
      mentions.add(new Mention(m.entryId(), unitId));
      boolean annotate = scope == AnnotationScope.EVERY || annotated.add(m.entryId());
      if (!annotate) {
        continue;
      }
      used.add(m.entryId());
      if (m.start() > done) {
        text.insertBefore(new Text(chars.subSequence(done, m.start())));
      }
      text.insertBefore(new GlossaryTerm(chars.subSequence(m.start(), m.end()), m.entryId()));
      done = m.end();
    }
    if (done == 0) {
      return;
    }
    if (done < chars.length()) {
      text.insertBefore(new Text(chars.subSequence(done)));
    }
    text.unlink();
  }
}
