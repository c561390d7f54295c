package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.glossa.build.BuildOptions;
import org.glossa.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code glossa serve}: a live preview of the site; writes nothing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Preview the site: build it in memory, serve it at http://127.0.0.1:8000/ (below the base URL's path, as GitHub",
        "Pages would), rebuild what each saved change of content/ or templates/ affects and reload the open pages; errors",
        "are shown over the page. Writes nothing: site/ is written by build only. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions sources = new SourceOptions();

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port to serve on (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 lets other machines see the preview.")
  String bind;

  @Option(names = "--open", description = "Open the site in the default browser once it is served.")
  boolean open;

  private final PrintWriter out;
  private final PrintWriter err;

  ServeCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port number (0 to 65535)");
    }
    InetSocketAddress address = new InetSocketAddress(address(), port);
    BuildOptions options = sources.toBuildOptions(spec, java.nio.file.Path.of("site"));
    Preview preview;
    try {
      preview = Preview.start(options, address, out, err);
    } catch (BindException e) {
      err.println("glossa: error: cannot serve on " + bind + ":" + port + ": " + (port == 0 ? e.getMessage() : "the port is taken"));
      err.println("  hint: stop the other server (another glossa serve?), choose a port with --port N, or let the system pick a free one with --port 0");
      err.flush();
      return ExitCode.INTERNAL;
    }
    if (!address.getAddress().isLoopbackAddress()) {
      err.println("glossa: warning: the preview is reachable from other machines on " + bind + " (drafts are not served, but unpublished edits are)");
      err.flush();
    }
    if (open) {
      Browser.open(preview.address(), err);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        preview.close();
      } catch (IOException e) {
        // stopping anyway
      }
      stopped.countDown();
    }, "glossa-stop"));
    stopped.await();
    return ExitCode.OK;
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--bind '" + bind + "' is not an address of this machine");
    }
  }

  /** Opens a page in the desktop's browser, or says how to open it by hand. */
  static final class Browser {
    private Browser() {}

    static void open(URI uri, PrintWriter err) {
      String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
      String[] command = os.contains("mac") ? new String[] {"open", uri.toString()}
          : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", uri.toString()}
          : new String[] {"xdg-open", uri.toString()};
      try {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        err.println("glossa: warning: could not open a browser (" + command[0] + ": " + e.getMessage() + "); open " + uri + " yourself");
        err.flush();
      }
    }
  }
}
