package org.glossa.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site from loopback the way GitHub Pages does: folders by index.html, 404.html
 * otherwise; under a path such as {@code /edition/} for a project site, where any other path is a
 * plain 404 (another site's ground). Every requested path is logged.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "png", "image/png", "svg", "image/svg+xml",
      "ico", "image/x-icon", "webmanifest", "application/manifest+json", "json", "application/json");

  private final HttpServer server;
  private final String mount;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile Path root;

  StaticServer() throws IOException {
    this("/");
  }

  /** @param mount the path the site is served under, starting and ending with '/' */
  StaticServer(String mount) throws IOException {
    this.mount = mount;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url() {
    return "http://127.0.0.1:" + port() + mount;
  }

  /** The paths requested so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  void serve(Path site) {
    this.root = site;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    requests.add(exchange.getRequestURI().getRawPath());
    if (!path.startsWith(mount)) {
      byte[] body = "not this site".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    Path file = root.resolve(path.substring(mount.length())).normalize();
    int status = 200;
    if (!file.startsWith(root)) {
      file = root.resolve("404.html");
      status = 404;
    } else if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      file = root.resolve("404.html");
      status = 404;
    }
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1);
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
