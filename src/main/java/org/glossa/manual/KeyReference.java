package org.glossa.manual;

import org.glossa.config.ConfigKey;
import org.glossa.content.FrontMatterKey;
import org.glossa.diag.Rule;

/** The reference pages of the lists kept in code: front-matter keys, configuration keys, warning rules. */
final class KeyReference {
  private KeyReference() {}

  static String frontMatter() {
    MarkdownTable table = new MarkdownTable("key", "meaning", "default");
    for (FrontMatterKey key : FrontMatterKey.values()) {
      table.row(MarkdownTable.code(key.key()), key.description(), key.defaultValue());
    }
    return """
        # Front matter

        Every article file starts with a YAML block between two `---` lines. These are all the keys
        Glossa knows (from `org.glossa.content.FrontMatterKey`); any other key is an error. How to use
        them is told in the [editor's guide](../editors-guide.html#Front_matter).

        """ + table.render();
  }

  static String configuration() {
    MarkdownTable table = new MarkdownTable("key", "meaning", "default");
    for (ConfigKey key : ConfigKey.values()) {
      table.row(MarkdownTable.code(key.key()), MarkdownTable.text(key.description()), MarkdownTable.text(key.defaultValue()));
    }
    return """
        # Configuration

        `content/config.yaml` configures the site. These are all its keys (from
        `org.glossa.config.ConfigKey`); any other key is an error. `--base-url` on the command line
        overrides `baseUrl`; [publishing](../publishing.html) tells how to choose it.

        """ + table.render();
  }

  static String warnings() {
    MarkdownTable table = new MarkdownTable("rule", "what it finds");
    for (Rule rule : Rule.values()) {
      table.row(MarkdownTable.code(rule.id()), MarkdownTable.text(rule.description()));
    }
    return """
        # Warnings

        Every warning names its rule after the message, as compilers do:
        `warning: a space between Chinese and Latin text [cjk-latin-space]`. Warnings never stop
        `build`; `check --strict` fails on them. These are all the rules (from `org.glossa.diag.Rule`).

        """ + table.render();
  }
}
