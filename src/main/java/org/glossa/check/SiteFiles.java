package org.glossa.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.glossa.build.Build;
import org.glossa.output.SiteWriter;

/**
 * The files of the would-be site, by their path below its root: the rendered ones with their bytes,
 * the copied ones (assets, images beside an article) with the file they would be copied from.
 */
record SiteFiles(SortedMap<String, byte[]> rendered, SortedMap<String, Path> copied) {

  static SiteFiles of(Build.Site site) {
    SortedMap<String, Path> copied = new TreeMap<>();
    for (SiteWriter.Copy copy : site.copies()) {
      copied.put(copy.to(), copy.from());
    }
    copied.keySet().removeAll(site.files().keySet());
    return new SiteFiles(site.files(), copied);
  }

  boolean exists(String path) {
    return rendered.containsKey(path) || copied.containsKey(path);
  }

  /** The bytes of a file of the site, read from its source when it is copied. */
  Optional<byte[]> bytes(String path) throws IOException {
    if (rendered.containsKey(path)) {
      return Optional.of(rendered.get(path));
    }
    Path source = copied.get(path);
    return source == null ? Optional.empty() : Optional.of(Files.readAllBytes(source));
  }

  /** Every path of the site, rendered and copied, in order. */
  SortedMap<String, Boolean> all() {
    SortedMap<String, Boolean> all = new TreeMap<>();
    rendered.keySet().forEach(p -> all.put(p, true));
    copied.keySet().forEach(p -> all.put(p, false));
    return all;
  }
}
