package org.glossa.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of files Glossa wrote into a site, kept in the site as {@link #FILE}: what the next build
 * may replace. Everything else in the folder is foreign and kept: a GitHub Pages {@code CNAME}, a
 * {@code .git} worktree, a search-console verification file. A site built before manifests existed
 * (it has {@code sitemap.xml} and {@code .nojekyll}) counts as all Glossa's except the usual host
 * files ({@link #HOST_FILES}).
 */
final class SiteManifest {
  static final String FILE = ".glossa-manifest";
  /** Files and folders a host or a deployment puts in a site, never Glossa. */
  static final Set<String> HOST_FILES = Set.of("CNAME", ".git", ".gitignore", ".gitattributes", ".well-known");

  private final Set<String> files;
  private final Set<String> folders = new HashSet<>();
  private final boolean legacy;

  private SiteManifest(Collection<String> files, boolean legacy) {
    this.files = new TreeSet<>(files);
    this.legacy = legacy;
    for (String f : this.files) {
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        folders.add(f.substring(0, slash));
      }
    }
  }

  /** The manifest of the files about to be written (the manifest itself included). */
  static SiteManifest of(Collection<String> files) {
    List<String> all = new ArrayList<>(files);
    all.add(FILE);
    return new SiteManifest(all, false);
  }

  /** The manifest of an existing site, or empty (not a Glossa site). */
  static Optional<SiteManifest> read(Path site) throws IOException {
    Path file = site.resolve(FILE);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
      return Optional.of(new SiteManifest(lines, false));
    }
    if (Files.exists(site.resolve("sitemap.xml")) && Files.exists(site.resolve(".nojekyll"))) {
      return Optional.of(new SiteManifest(List.of(), true));
    }
    return Optional.empty();
  }

  byte[] bytes() {
    return (String.join("\n", files) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Whether Glossa wrote the file at {@code relative} (a path with '/'). */
  boolean wrote(String relative) {
    return legacy ? !HOST_FILES.contains(relative.split("/", 2)[0]) : files.contains(relative);
  }

  /** Whether a folder at {@code relative} holds files Glossa wrote. */
  private boolean holds(String relative) {
    return legacy ? !HOST_FILES.contains(relative.split("/", 2)[0]) : folders.contains(relative);
  }

  /**
   * The entries of {@code site} Glossa did not write, as paths relative to it; a foreign folder is
   * one entry, not walked into. Links are not followed.
   */
  List<String> foreign(Path site) throws IOException {
    List<String> out = new ArrayList<>();
    collectForeign(site, "", out);
    return out;
  }

  private void collectForeign(Path dir, String prefix, List<String> out) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    for (Path entry : entries) {
      String relative = prefix + entry.getFileName();
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (holds(relative)) {
          collectForeign(entry, relative + "/", out);
        } else {
          out.add(relative);
        }
      } else if (!wrote(relative)) {
        out.add(relative);
      }
    }
  }

  /** Whether the foreign entry {@code foreign} is where a build writing {@code files} (in {@code folders}) would write. */
  static boolean inTheWay(String foreign, Set<String> files, Set<String> folders) {
    return files.contains(foreign) || folders.contains(foreign) || files.stream().anyMatch(f -> foreign.startsWith(f + "/"));
  }

  Set<String> files() {
    return files;
  }

  Set<String> folders() {
    return folders;
  }
}
