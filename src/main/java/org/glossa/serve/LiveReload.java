package org.glossa.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over server-sent events ({@code /__glossa/events}). Every open page holds one stream
 * and is told the state of the site: on connecting ({@code hello}), after a build that changed the
 * site ({@code reload}), after a build that changed nothing ({@code ok}), and after a build that
 * failed ({@code problems}, with the diagnostics). Each message is {@code {"build":N,"problems":…}};
 * the page's script reloads when the build is not the one it was served from, and shows the
 * problems over the page while there are any.
 */
final class LiveReload {
  /** How long a quiet stream waits before a comment line keeps it open (and finds a closed tab). */
  static final long KEEP_ALIVE_SECONDS = 15;
  /** At most this many streams at once: a preview has a few tabs, not a crowd. */
  static final int MAX_STREAMS = 64;
  private static final String CLOSE = new String("close"); // compared by identity

  private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();
  private volatile String state = message("hello", "{\"build\":0,\"problems\":null}");

  /** Tells every open page, and every page that connects later, the new state of the site. */
  void publish(String event, String stateJson) {
    state = message("hello", stateJson);
    String message = message(event, stateJson);
    streams.forEach(q -> q.offer(message));
  }

  int streams() {
    return streams.size();
  }

  /** Serves one stream until the page goes away or the server stops; holds the calling thread. */
  void serve(HttpExchange exchange) throws IOException {
    if (streams.size() >= MAX_STREAMS) {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    streams.add(queue);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(200, 0);
      write(out, "retry: 500\n\n" + state);
      while (true) {
        String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (message == CLOSE) {
          break;
        }
        write(out, message == null ? ": keep-alive\n\n" : message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page was closed or reloaded
    } finally {
      streams.remove(queue);
      exchange.close();
    }
  }

  /** Ends every stream. */
  void close() {
    streams.forEach(q -> q.offer(CLOSE));
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** One event: its name and its data on one line (JSON has no raw line breaks). */
  private static String message(String event, String json) {
    return "event: " + event + "\ndata: " + json + "\n\n";
  }
}
