package org.glossa.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 by hand, so that a request target goes to the server exactly as written ({@code
 * /../pom.xml}, {@code %2e%2e/}): the JDK's client and curl normalise such paths before sending.
 */
record RawHttp(int status, Map<String, String> headers, byte[] body) {
  static RawHttp get(int port, String target) throws IOException {
    return request(port, "GET", target, "127.0.0.1:" + port);
  }

  static RawHttp request(int port, String method, String target, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
    }
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  private static RawHttp parse(byte[] response, boolean head) throws IOException {
    String all = new String(response, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete response: " + all);
    }
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] rest = java.util.Arrays.copyOfRange(response, end + 4, response.length);
    boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
    return new RawHttp(status, headers, head ? new byte[0] : chunked ? unchunk(rest) : rest);
  }

  private static byte[] unchunk(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < data.length) {
      int lineEnd = i;
      while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      int size = Integer.parseInt(new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(data, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
