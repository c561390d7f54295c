package org.glossa.source;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds where a YAML text breaks one of SnakeYAML's limits (aliases of lists and maps, nesting
 * depth, size), which SnakeYAML reports without a place: it replays the parser's events, counting
 * as SnakeYAML's composer does, and returns the mark of the event that goes over, or of the last
 * event read before the parser gave up.
 */
final class YamlLimits {
  private YamlLimits() {}

  static Mark locate(String yaml, LoaderOptions options) {
    Map<String, Boolean> anchorIsCollection = new HashMap<>();
    int aliases = 0;
    int depth = 0;
    Mark last = null;
    try {
      for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
        last = event.getStartMark();
        if (event instanceof NodeEvent node && node.getAnchor() != null && !(event instanceof AliasEvent)) {
          anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
        }
        if (event instanceof CollectionStartEvent) {
          depth++;
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        }
        boolean tooDeep = (event instanceof CollectionStartEvent && depth > options.getNestingDepthLimit())
            || (event instanceof ScalarEvent && depth + 1 > options.getNestingDepthLimit());
        boolean tooManyAliases = event instanceof AliasEvent alias && anchorIsCollection.getOrDefault(alias.getAnchor(), false)
            && ++aliases > options.getMaxAliasesForCollections();
        if (tooDeep || tooManyAliases) {
          return last;
        }
      }
    } catch (YAMLException e) {
      return last;
    }
    return last;
  }
}
