package org.glossa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's web server (the JDK's own {@code com.sun.net.httpserver}: no dependency for a local
 * server). It serves the site as GitHub Pages would: below the base path, a folder's
 * {@code index.html}, {@code /x} redirected to {@code /x/} when x is a folder, the site's 404 page
 * with status 404, and text with its charset. Only files of the built site are served ({@link
 * RequestPath}, {@link ServedSite}); HTML responses get the live-reload script ({@code
 * /__glossa/live.js}), which never enters the site itself. Bound to a loopback address, it answers
 * only requests addressed to a loopback name, so that no web page can reach it by DNS rebinding.
 */
public final class PreviewServer implements Closeable {
  static final String EVENTS = "/__glossa/events";
  static final String SCRIPT = "/__glossa/live.js";

  private final HttpServer server;
  private final ExecutorService threads;
  private final LiveReload live = new LiveReload();
  private final byte[] script;
  private final boolean loopbackOnly;
  private volatile ServedSite site;

  private PreviewServer(HttpServer server, ExecutorService threads, ServedSite site, boolean loopbackOnly) {
    this.server = server;
    this.threads = threads;
    this.site = site;
    this.loopbackOnly = loopbackOnly;
    this.script = resource("live.js");
    live.publish("hello", SiteState.ok(site.build()));
  }

  /** Starts serving {@code site} at {@code address} (port 0: a free port); throws {@link java.net.BindException} when it is taken. */
  public static PreviewServer start(InetSocketAddress address, ServedSite site) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "glossa-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    PreviewServer preview = new PreviewServer(server, threads, site, address.getAddress().isLoopbackAddress());
    server.createContext("/", preview::handle);
    server.start();
    return preview;
  }

  /** The address of the site: {@code http://127.0.0.1:8000/edition/}. */
  public URI address() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + site.basePath());
  }

  /** Serves a new site and tells the open pages ({@code reload}, or {@code ok} when its build number is the same). */
  void publish(ServedSite next) {
    boolean changed = next.build() != site.build();
    site = next;
    live.publish(changed ? "reload" : "ok", SiteState.ok(next.build()));
  }

  /** Keeps serving the last good site and shows the problems over it. */
  void problems(String stateJson) {
    live.publish("problems", stateJson);
  }

  ServedSite site() {
    return site;
  }

  int streams() {
    return live.streams();
  }

  @Override
  public void close() {
    live.close();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
        respond(exchange, 403, "text/plain; charset=utf-8", utf8("This preview answers only to localhost.\n"));
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", utf8("Method not allowed.\n"));
      } else if (exchange.getRequestURI().getRawPath().equals(EVENTS)) {
        live.serve(exchange);
      } else if (exchange.getRequestURI().getRawPath().equals(SCRIPT)) {
        respond(exchange, 200, "text/javascript; charset=utf-8", script);
      } else {
        site(exchange, site);
      }
    } finally {
      exchange.close();
    }
  }

  private void site(HttpExchange exchange, ServedSite served) throws IOException {
    String raw = exchange.getRequestURI().getRawPath();
    RequestPath path = RequestPath.of(raw, served.basePath());
    if (path instanceof RequestPath.Bad bad) {
      respond(exchange, 400, "text/plain; charset=utf-8", utf8("Bad request: " + bad.why() + ".\n"));
    } else if (path instanceof RequestPath.InSite in) {
      ServedSite.Lookup found = served.find(in.path());
      if (found instanceof ServedSite.Found file) {
        String type = ContentTypes.of(file.path());
        respond(exchange, 200, type, ContentTypes.isHtml(type) ? LiveScript.inject(file.bytes(), served.build()) : file.bytes());
      } else if (found instanceof ServedSite.Folder) {
        redirect(exchange, raw + "/");
      } else {
        notFound(exchange, served);
      }
    } else if (raw.equals("/") || (raw + "/").equals(served.basePath())) {
      redirect(exchange, served.basePath());
    } else {
      notFound(exchange, served);
    }
  }

  private static void notFound(HttpExchange exchange, ServedSite served) throws IOException {
    Optional<byte[]> page = served.notFoundPage();
    if (page.isPresent()) {
      respond(exchange, 404, ContentTypes.of("404.html"), LiveScript.inject(page.get(), served.build()));
    } else {
      respond(exchange, 404, "text/plain; charset=utf-8", utf8("Not found.\n"));
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    exchange.getResponseHeaders().set("Location", location + (query == null ? "" : "?" + query));
    respond(exchange, 301, "text/plain; charset=utf-8", utf8("Moved to " + location + "\n"));
  }

  private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
    }
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Bound to loopback, only names of the machine itself: localhost, 127.0.0.1, [::1] (DNS rebinding). */
  private boolean allowedHost(String host) {
    if (!loopbackOnly) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
