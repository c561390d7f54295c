package org.glossa.content.imports;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.diag.Diagnostic;
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

/**
 * Reads a small YAML file as SnakeYAML's node tree, so every value keeps its line and column and
 * every problem becomes a diagnostic at the right place. Scalars are read as strings, untyped.
 */
final class YamlTree {
  private final Path path;
  private final List<Diagnostic> diagnostics;

  YamlTree(Path path, List<Diagnostic> diagnostics) {
    this.path = path;
    this.diagnostics = diagnostics;
  }

  /** The top-level mapping of {@code text}, or empty (with a diagnostic) if it is not one. */
  Optional<MappingNode> root(String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      diagnostics.add(Diagnostic.error(path, line, column, "invalid YAML: " + e.getProblem(), ""));
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.add(Diagnostic.error(path, 0, 0, "invalid YAML: " + e.getMessage(), ""));
      return Optional.empty();
    }
    if (!(root instanceof MappingNode mapping)) {
      diagnostics.add(Diagnostic.error(path, root == null ? 0 : line(root), 0,
          "expected a mapping of keys at the top of the file", ""));
      return Optional.empty();
    }
    return Optional.of(mapping);
  }

  /** The entries of {@code node} by key, reporting unknown and repeated keys. */
  Map<String, Node> entries(Node node, String context, Set<String> allowed) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      error(node, context + ": expected a mapping", "");
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = scalar(tuple.getKeyNode(), context + " key");
      if (key.isEmpty()) {
        continue;
      }
      if (allowed != null && !allowed.contains(key.get())) {
        error(tuple.getKeyNode(), "unknown key '" + key.get() + "' in " + context, "known keys: " + String.join(", ", allowed));
      } else if (entries.putIfAbsent(key.get(), tuple.getValueNode()) != null) {
        error(tuple.getKeyNode(), "repeated key '" + key.get() + "' in " + context, "");
      }
    }
    return entries;
  }

  Optional<String> scalar(Node node, String context) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    error(node, context + ": expected a single value", "");
    return Optional.empty();
  }

  /** The items of a sequence; a missing node is an empty sequence. */
  List<Node> items(Node node, String context) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return List.of();
    }
    error(node, context + ": expected a list", "");
    return List.of();
  }

  void error(Node node, String message, String hint) {
    diagnostics.add(Diagnostic.error(path, node == null ? 0 : line(node), node == null ? 0 : column(node), message, hint));
  }

  Path path() {
    return path;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  static int column(Node node) {
    return node.getStartMark().getColumn() + 1;
  }
}
