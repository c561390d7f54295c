package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success (warnings may have been printed).",
        "1:Errors in the sources (or warnings, with check --strict); nothing was written.",
        "2:Wrong command line.",
        "3:Another failure, such as a full disk; the message says which."})
public final class Main {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On a failure that is not an error in the sources, also print Java's stack trace (for a bug report).")
  boolean debug;

  public Main(PrintWriter out, PrintWriter err) {
    this(out, err, Clock.systemDefaultZone());
  }

  /** @param clock today's date for {@code glossa new} */
  public Main(PrintWriter out, PrintWriter err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err).run(args));
  }

  /** Runs the command line and returns the exit code. */
  public int run(String... args) {
    try {
      return commandLine().execute(args.length == 0 ? new String[] {"build"} : args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return Failure.report(e, debug, err);
    }
  }

  /** The command line with every subcommand; its model is also what the manual documents. */
  public CommandLine commandLine() {
    CommandLine cli = new CommandLine(this)
        .addSubcommand(new BuildCommand(out, err))
        .addSubcommand(new CheckCommand(out, err))
        .addSubcommand(new StampCommand(out, err))
        .addSubcommand(new IdsCommand(out, err))
        .addSubcommand(new NewCommand(out, err, clock))
        .addSubcommand(new ImportCommand(out, err))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> Failure.report(e, debug, err));
    return cli;
  }
}
