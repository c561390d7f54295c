package org.glossa.manual;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** The command-line reference, read from picocli's model of {@code glossa}: every command's usage, and the exit codes. */
final class CommandReference {
  private CommandReference() {}

  static String page(CommandLine root) {
    StringBuilder sb = new StringBuilder("""
        # Command line

        `java -jar target/glossa.jar [COMMAND] [OPTIONS]`; without a command, Glossa builds the site.
        This page is written from the command line's own definitions, so it lists exactly what the
        program accepts; `--help` after any command prints the same.

        """);
    sb.append("## glossa\n\n").append(usage(root));
    for (CommandLine command : commands(root)) {
      sb.append("## glossa ").append(command.getCommandName()).append("\n\n").append(usage(command));
    }
    sb.append("## Exit codes\n\n");
    MarkdownTable table = new MarkdownTable("code", "meaning");
    for (Map.Entry<String, String> code : root.getCommandSpec().usageMessage().exitCodeList().entrySet()) {
      table.row(MarkdownTable.code(code.getKey().strip()), MarkdownTable.text(code.getValue()));
    }
    return sb.append(table.render()).toString();
  }

  /** The subcommands, each once (aliases map to the same command). */
  static Set<CommandLine> commands(CommandLine root) {
    return new LinkedHashSet<>(root.getSubcommands().values());
  }

  private static String usage(CommandLine command) {
    String text = command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
    return "```\n" + text.replace("```", "` ` `") + "\n```\n\n";
  }
}
