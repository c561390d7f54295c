package org.glossa.source;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.glossa.diag.Diagnostics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read with SnakeYAML's node API, so that every value keeps its line in the source
 * file. Typed accessors report wrong types to the {@link Diagnostics} with that line and return
 * empty values, so that one reading collects every problem of a file.
 */
public final class YamlMap {
  /** A single value of a list, with its place in the file. */
  public record Scalar(String value, int line, int column) {}

  private final Map<String, NodeTuple> entries;
  private final Node node;
  private final Path path;
  private final int lineOffset;
  private final Diagnostics diagnostics;

  private YamlMap(MappingNode node, Path path, int lineOffset, Diagnostics diagnostics) {
    this.node = node;
    this.path = path;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
    this.entries = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        error(key, "a key must be a plain name", "write the key as a word followed by ':'");
        continue;
      }
      if (entries.containsKey(scalar.getValue())) {
        error(key, "duplicate key '" + scalar.getValue() + "'", "remove one of the two entries");
        continue;
      }
      entries.put(scalar.getValue(), tuple);
    }
  }

  /**
   * Parses {@code yaml}, which starts at line {@code lineOffset + 1} of {@code path}. An empty
   * document is an empty map. Returns empty when the text is not a YAML mapping (reported).
   */
  public static Optional<YamlMap> parse(String yaml, Path path, int lineOffset, Diagnostics diagnostics) {
    LoaderOptions options = loaderOptions();
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      diagnostics.error(path, line, column, "invalid YAML: " + problem + context,
          "check indentation, and quote values that contain ':', '#', '[' or start with a quote");
      return Optional.empty();
    } catch (YAMLException e) {
      // Limits (aliases, nesting, size) are enforced without a place: find it by replaying the events.
      Mark mark = YamlLimits.locate(yaml, options);
      diagnostics.error(path, mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset, mark == null ? 0 : mark.getColumn() + 1,
          "invalid YAML: " + e.getMessage(), "YAML aliases (*name) may repeat a list or map at most "
              + options.getMaxAliasesForCollections() + " times, and values may nest at most " + options.getNestingDepthLimit() + " deep");
      return Optional.empty();
    }
    if (root == null) {
      root = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }
    if (!(root instanceof MappingNode mapping)) {
      diagnostics.error(path, line(root, lineOffset), 1, "expected 'key: value' lines", "");
      return Optional.empty();
    }
    return Optional.of(new YamlMap(mapping, path, lineOffset, diagnostics));
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit(16 * 1024 * 1024);
    return options;
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Whether the value of {@code key} is a block scalar ({@code |} or {@code >}), whose text starts on the next line. */
  public boolean isBlockScalar(String key) {
    NodeTuple t = entries.get(key);
    return t != null && t.getValueNode() instanceof ScalarNode s
        && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
  }

  /** Whether the value of {@code key} is a map (rather than a single value or a list). */
  public boolean isMap(String key) {
    NodeTuple t = entries.get(key);
    return t != null && t.getValueNode() instanceof MappingNode;
  }

  public Path path() {
    return path;
  }

  /** Line of the mapping itself, e.g. of one item in a list of maps. */
  public int line() {
    return line(node, lineOffset);
  }

  /** Line of the key, or of the mapping itself when the key is absent. */
  public int line(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? line(node, lineOffset) : line(t.getKeyNode(), lineOffset);
  }

  /** Reports every key not in {@code allowed} as {@code unknown <what> key '<key>'}. */
  public void rejectUnknownKeys(Set<String> allowed, String what) {
    rejectUnknownKeys(allowed, key -> "unknown " + what + " key '" + key + "'");
  }

  /** Reports every key not in {@code allowed}, with the message {@code message} gives for the key. */
  public void rejectUnknownKeys(Set<String> allowed, UnaryOperator<String> message) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        error(e.getValue().getKeyNode(), message.apply(e.getKey()),
            "known keys: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  public Optional<String> string(String key) {
    NodeTuple t = entries.get(key);
    if (t == null || isNull(t.getValueNode())) {
      return Optional.empty();
    }
    if (t.getValueNode() instanceof ScalarNode scalar) {
      checkText(key, scalar);
      return Optional.of(scalar.getValue());
    }
    error(t.getValueNode(), "'" + key + "' must be a single value", "");
    return Optional.empty();
  }

  /**
   * Reports a value with a control character (from a YAML escape such as \e or \x1b), which no
   * page or feed can show. The value is still returned, so that no second error follows from its
   * absence; the error stops the build.
   */
  private void checkText(String key, ScalarNode scalar) {
    String v = scalar.getValue();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((Character.isISOControl(c) && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF'
          || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(++i))))) {
        error(scalar, "'" + key + "' contains the control character " + String.format("\\u%04X", (int) c),
            "remove it (YAML escapes such as \\e, \\x1b or \\0 in double quotes write invisible characters)");
        return;
      }
    }
  }

  public String string(String key, String fallback) {
    return string(key).orElse(fallback);
  }

  /**
   * A YAML boolean: an unquoted {@code true} or {@code false} (also {@code True}, {@code TRUE}, and
   * YAML 1.1's {@code yes}, {@code no}, {@code on}, {@code off}), exactly what the YAML parser reads
   * as a boolean. A quoted value is a string and refused, whatever it says.
   */
  public Optional<Boolean> bool(String key) {
    NodeTuple t = entries.get(key);
    if (t == null || isNull(t.getValueNode())) {
      return Optional.empty();
    }
    Node value = t.getValueNode();
    if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      String v = scalar.getValue().toLowerCase(Locale.ROOT);
      return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on"));
    }
    String shown = value instanceof ScalarNode scalar
        ? (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? scalar.getValue() : "\"" + scalar.getValue() + "\"") : "a list or map";
    error(value, "'" + key + "' must be true or false, not " + shown, "write true or false without quotes");
    return Optional.empty();
  }

  /** A list of strings; a single string is a list of one. */
  public List<String> strings(String key) {
    return scalars(key).stream().map(Scalar::value).toList();
  }

  /** Like {@link #strings}, with the place of each item, e.g. to name the line of a rule. */
  public List<Scalar> scalars(String key) {
    NodeTuple t = entries.get(key);
    if (t == null || isNull(t.getValueNode())) {
      return List.of();
    }
    Node value = t.getValueNode();
    if (value instanceof ScalarNode scalar) {
      checkText(key, scalar);
      return List.of(scalar(scalar));
    }
    if (!(value instanceof SequenceNode seq)) {
      error(value, "'" + key + "' must be a list", "write it as [a, b] or as lines starting with '- '");
      return List.of();
    }
    List<Scalar> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s) {
        checkText(key, s);
        out.add(scalar(s));
      } else {
        error(item, "each item of '" + key + "' must be a single value", "");
      }
    }
    return List.copyOf(out);
  }

  private Scalar scalar(ScalarNode n) {
    return new Scalar(n.getValue(), line(n, lineOffset), column(n));
  }

  public Optional<YamlMap> map(String key) {
    NodeTuple t = entries.get(key);
    if (t == null || isNull(t.getValueNode())) {
      return Optional.empty();
    }
    if (t.getValueNode() instanceof MappingNode m) {
      return Optional.of(new YamlMap(m, path, lineOffset, diagnostics));
    }
    error(t.getValueNode(), "'" + key + "' must be a map of 'key: value' entries", "");
    return Optional.empty();
  }

  /** The items of a list of maps, such as {@code links}. */
  public List<YamlMap> maps(String key) {
    NodeTuple t = entries.get(key);
    if (t == null || isNull(t.getValueNode())) {
      return List.of();
    }
    if (!(t.getValueNode() instanceof SequenceNode seq)) {
      error(t.getValueNode(), "'" + key + "' must be a list", "");
      return List.of();
    }
    List<YamlMap> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof MappingNode m) {
        out.add(new YamlMap(m, path, lineOffset, diagnostics));
      } else {
        error(item, "each item of '" + key + "' must be a map", "");
      }
    }
    return out;
  }

  /** Reports a problem at the value of {@code key}. */
  public void errorAt(String key, String message, String hint) {
    NodeTuple t = entries.get(key);
    error(t == null ? node : t.getValueNode(), message, hint);
  }

  /** Reports a problem at {@code key} itself, e.g. an entry that lacks something. */
  public void errorAtKey(String key, String message, String hint) {
    NodeTuple t = entries.get(key);
    error(t == null ? node : t.getKeyNode(), message, hint);
  }

  /** Reports a problem at one item of a list read with {@link #scalars}. */
  public void errorAt(Scalar item, String message, String hint) {
    diagnostics.error(path, item.line(), item.column(), message, hint);
  }

  /** Reports a problem at this mapping as a whole, e.g. an item of a list of maps. */
  public void error(String message, String hint) {
    error(node, message, hint);
  }

  private void error(Node at, String message, String hint) {
    diagnostics.error(path, line(at, lineOffset), column(at), message, hint);
  }

  private static int line(Node n, int offset) {
    return n.getStartMark() == null ? offset + 1 : n.getStartMark().getLine() + 1 + offset;
  }

  private static int column(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }
}
