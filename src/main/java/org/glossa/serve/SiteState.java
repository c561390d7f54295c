package org.glossa.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.DiagnosticPrinter;
import org.glossa.diag.DiagnosticReport;
import org.glossa.page.Json;
import org.glossa.markdown.Html;

/**
 * The state of the preview as the page's script reads it: the number of the build being served and,
 * when the last build failed, its problems. They are formatted as the command line prints them
 * ({@link DiagnosticReport}: place, source line, caret, hint), HTML-escaped for the overlay, and
 * listed one by one with file and line.
 */
final class SiteState {
  private SiteState() {}

  /** The site of build {@code build} is served and up to date. */
  static String ok(long build) {
    return "{\"build\":" + build + ",\"problems\":null}";
  }

  /** The last build failed; the site of build {@code build} is still served. */
  static String problems(long build, List<Diagnostic> diagnostics, Path base) {
    StringJoiner list = new StringJoiner(",", "[", "]");
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        list.add("{\"path\":" + Json.string(d.path() == null ? "" : relative(d.path(), base)) + ",\"line\":" + d.line() + ",\"column\":"
            + d.column() + ",\"message\":" + Json.string(d.message()) + ",\"hint\":" + Json.string(d.hint()) + "}");
      }
    }
    return "{\"build\":" + build + ",\"problems\":{\"summary\":" + Json.string(DiagnosticReport.summary(diagnostics))
        + ",\"html\":" + Json.string(html(diagnostics, base)) + ",\"diagnostics\":" + list + "}}";
  }

  /** The errors as the command line prints them, escaped, each line marked by what it is. */
  static String html(List<Diagnostic> diagnostics, Path base) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new DiagnosticReport(new DiagnosticPrinter(out, base), out).print(diagnostics, true, true);
    out.flush();
    StringBuilder html = new StringBuilder("<pre>");
    for (String line : text.toString().split("\n")) {
      String kind = line.contains(": error: ") && !line.startsWith(" ") ? "error" : line.startsWith("  hint: ") ? "hint" : null;
      html.append(kind == null ? "" : "<span class=\"" + kind + "\">").append(Html.escape(line)).append(kind == null ? "" : "</span>")
          .append('\n');
    }
    return html.append("</pre>").toString();
  }

  private static String relative(Path path, Path base) {
    Path abs = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : path).toString().replace('\\', '/');
  }
}
