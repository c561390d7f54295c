package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Glossa's command line. Without a subcommand it builds the site. Output streams are constructor
 * arguments so that tests can drive it.
 */
@Command(name = "glossa", mixinStandardHelpOptions = true, version = "Glossa 0.1",
    description = "A static site generator for annotated, bilingual reading editions.",
    footer = {"", "Exit codes: 0 ok, 1 content errors, 2 usage errors, 3 other failures."})
public final class Main {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On a failure that is not an error in the sources, also print Java's stack trace (for a bug report).")
  boolean debug;

  public Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err).run(args));
  }

  /** Runs the command line and returns the exit code. */
  public int run(String... args) {
    CommandLine cli = new CommandLine(this)
        .addSubcommand(new BuildCommand(out, err))
        .addSubcommand(new CheckCommand(out, err))
        .addSubcommand(new StampCommand(out, err))
        .addSubcommand(new ImportCommand(out, err))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> Failure.report(e, debug, err));
    try {
      return cli.execute(args.length == 0 ? new String[] {"build"} : args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return Failure.report(e, debug, err);
    }
  }
}
