package org.glossa.serve;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code java -jar target/glossa.jar serve --port 0} running in a copy of an edition, as an editor
 * runs it, with a page's event stream: for the integration test and the reload benchmark. Every
 * event is stamped with the time it arrived.
 */
final class ServeProcess implements Closeable {
  static final Path JAR = Path.of("target/glossa.jar").toAbsolutePath();
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)");

  /** One server-sent event, stamped on arrival ({@link System#nanoTime()}). */
  record Event(String name, String data, long arrived) {}

  final Path root;
  final URI address;
  private final Process process;
  private final List<String> output;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServeProcess(Path root, Process process, URI address, List<String> output) {
    this.root = root;
    this.process = process;
    this.address = address;
    this.output = output;
  }

  /** Copies {@code edition}'s content/ and templates/ into {@code root} and serves the copy. */
  static ServeProcess start(Path edition, Path root, String... jvmOptions) throws IOException, InterruptedException {
    copy(edition.resolve("content"), root.resolve("content"));
    copy(edition.resolve("templates"), root.resolve("templates"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", "0"));
    Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    BlockingQueue<URI> found = new LinkedBlockingQueue<>();
    Thread pump = new Thread(() -> {
      try {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            found.add(URI.create(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "serve-output");
    pump.setDaemon(true);
    pump.start();
    URI address = found.poll(120, TimeUnit.SECONDS);
    if (address == null) {
      process.destroyForcibly();
      throw new IOException("serve did not start: " + lines);
    }
    ServeProcess serve = new ServeProcess(root, process, address, lines);
    serve.listen();
    return serve;
  }

  /** GET a path below the site's address; the body as text. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(address.resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** What serve has printed so far. */
  String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  int port() {
    return address.getPort();
  }

  /** The next event named {@code name} (others are skipped), or null after the timeout. */
  Event next(String name, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** Forgets the events received so far. */
  void drain() {
    events.clear();
  }

  /** Writes {@code file} (below the edition) with {@code from} replaced by {@code to}; returns when the write is done. */
  void edit(String file, String from, String to) throws IOException {
    Path path = root.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " does not contain " + from);
    }
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private void listen() {
    HttpRequest request = HttpRequest.newBuilder(address.resolve(PreviewServer.EVENTS)).build();
    client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
      String name = "message";
      Iterator<String> lines = response.body().iterator();
      while (lines.hasNext()) {
        String line = lines.next();
        if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          events.add(new Event(name, line.substring(6), System.nanoTime()));
          name = "message";
        }
      }
    });
  }

  /** Waits until the page's stream is open (its first event has arrived). */
  void awaitStream() throws InterruptedException, IOException {
    if (next("hello", Duration.ofSeconds(30)) == null) {
      throw new IOException("no event stream");
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(p -> {
        try {
          Path dest = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
