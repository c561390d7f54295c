package org.glossa.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceTree;

/**
 * Writes the site atomically: everything goes into a fresh folder beside the target, which replaces
 * the old site only once it is complete. A failed or interrupted build leaves the previous site as
 * it was; leftovers of an interrupted swap are repaired at the next start.
 *
 * <ul>
 *   <li>One build at a time: the folder is locked ({@link OutputLock}) from the repair of leftovers
 *       to the swap, so a second build waits and never takes the first one's staging folder for stale.
 *   <li>Files Glossa did not write stay ({@link SiteManifest}): a {@code CNAME}, a {@code .git}
 *       worktree and any other foreign file are moved into the new site; one in the way of a file
 *       the build writes is refused.
 *   <li>The output is never inside the sources nor holds them ({@link OutputTarget}).
 *   <li>Folders and files get the permissions the process's umask gives (0755 and 0644 as usual),
 *       so a web server running as another user can read them.
 *   <li>A target that is a symbolic link is written through: the folder it points to gets the site.
 * </ul>
 */
public final class SiteWriter {
  /** A file to copy into the site, to the path {@code to} below its root. */
  public record Copy(Path from, String to) {
    /**
     * The files below {@code dir}, except Markdown and hidden ones, each to {@code to} plus its path
     * below {@code dir}; a link that leaves {@code dir} is reported and left out.
     */
    public static List<Copy> folder(Path dir, String to, Diagnostics diagnostics) {
      Predicate<Path> skipped = relative -> relative.toString().endsWith(".md")
          || StreamSupport.stream(relative.spliterator(), false).anyMatch(part -> part.toString().startsWith("."));
      return SourceTree.files(dir, skipped, diagnostics).stream()
          .map(file -> new Copy(file, to + dir.relativize(file).toString().replace('\\', '/')))
          .toList();
    }
  }

  private static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputTarget target;
  private final Duration lockWait;

  /** @param sources folders the site must neither hold nor lie inside (content, templates) */
  public SiteWriter(Path target, List<Path> sources) {
    this(target, sources, DEFAULT_LOCK_WAIT);
  }

  public SiteWriter(Path target, List<Path> sources, Duration lockWait) {
    this.target = new OutputTarget(target, sources);
    this.lockWait = lockWait;
  }

  /** Refuses a target the build must not replace (see {@link OutputTarget#check()}). */
  public void checkTarget() throws IOException {
    target.check();
  }

  /** Writes {@code files} (path below the site → content) and copies files, then swaps the result in. */
  public void write(SortedMap<String, byte[]> files, List<Copy> copies) throws IOException {
    try (Staging staging = stage()) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        staging.put(file.getKey(), file.getValue());
      }
      staging.commit(copies);
    }
  }

  /**
   * Starts writing a site: takes the output's lock, repairs leftovers and makes a fresh staging
   * folder beside the target, into which {@link Staging#put} writes files as they are made (so a
   * build never holds the whole site in memory) until {@link Staging#commit} swaps it in. Closing
   * an uncommitted staging deletes it and leaves the present site as it was.
   */
  public Staging stage() throws IOException {
    checkTarget();
    Path dir = target.path();
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    OutputLock lock = OutputLock.acquire(dir, parent.resolve("." + dir.getFileName() + ".lock"), lockWait);
    try {
      checkTarget();
      recover();
      return new Staging(lock, createFolder(parent, "." + dir.getFileName() + ".tmp-"));
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** A site being written (see {@link #stage()}); {@link #put} may be called from several threads. */
  public final class Staging implements AutoCloseable {
    private final OutputLock lock;
    private final Path folder;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private Staging(OutputLock lock, Path folder) {
      this.lock = lock;
      this.folder = folder;
    }

    /** Writes one file of the site, {@code path} below its root. */
    public void put(String path, byte[] bytes) throws IOException {
      writeFile(inside(folder, path), bytes);
      written.add(path);
    }

    /**
     * Copies {@code copies} (a file written with {@link #put} wins over a copy to the same path),
     * writes the manifest and swaps the new site in, keeping the files of the present one Glossa did not write.
     */
    public void commit(List<Copy> copies) throws IOException {
      SortedMap<String, Boolean> all = new TreeMap<>();
      written.forEach(f -> all.put(f, true));
      copies.forEach(c -> all.putIfAbsent(c.to(), false));
      SiteManifest manifest = SiteManifest.of(all.keySet());
      List<String> foreign = foreignFiles(manifest, f -> written.contains(f) ? Optional.of(folder.resolve(f)) : Optional.empty());
      for (Copy copy : copies) {
        if (!written.contains(copy.to())) {
          copy(copy.from(), inside(folder, copy.to()));
        }
      }
      writeFile(folder.resolve(SiteManifest.FILE), manifest.bytes());
      swap(folder, foreign);
    }

    @Override
    public void close() throws IOException {
      try {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(folder);
        }
      } finally {
        lock.close();
      }
    }
  }

  /**
   * What of the present site Glossa did not write; refused if the new site would write over it,
   * unless it holds exactly the bytes the build writes there (a hand-made {@code CNAME} naming the
   * domain of {@code baseUrl}): then the build takes it over. {@code staged} gives the staged file
   * the build writes at a path (none for a copied file).
   */
  private List<String> foreignFiles(SiteManifest next, Function<String, Optional<Path>> staged) throws IOException {
    Path dir = target.path();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Optional<SiteManifest> previous = SiteManifest.read(dir);
    List<String> foreign = new ArrayList<>(previous.isPresent() ? previous.get().foreign(dir) : target.hostFilesOnly());
    for (Iterator<String> it = foreign.iterator(); it.hasNext(); ) {
      String f = it.next();
      if (!SiteManifest.inTheWay(f, next.files(), next.folders())) {
        continue;
      }
      Optional<Path> ours = staged.apply(f);
      if (ours.isEmpty() || !sameBytes(dir.resolve(f), Files.readAllBytes(ours.get()))) {
        throw target.refusal(dir.resolve(f), "Glossa did not write " + f + " in the output folder, and this build would replace it",
            "move it out of the output folder (Glossa keeps files it did not write, but never overwrites them)");
      }
      it.remove();
    }
    return foreign;
  }

  /** Whether {@code file} is a regular file (not a link) holding exactly {@code bytes}. */
  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  private static Path inside(Path root, String relative) throws IOException {
    Path out = root.resolve(relative).normalize();
    if (!out.startsWith(root) || out.equals(root)) {
      throw new IOException("refusing to write outside the site: " + relative);
    }
    return out;
  }

  private static void writeFile(Path out, byte[] bytes) throws IOException {
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
  }

  /** Copies the bytes only: the new file gets the usual permissions, not those of the source. */
  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = Files.newInputStream(from)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A new folder with a random name, made with the umask's permissions (a temporary folder would get 0700). */
  private static Path createFolder(Path parent, String prefix) throws IOException {
    while (true) {
      Path dir = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        return Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  private void swap(Path staging, List<String> foreign) throws IOException {
    Path dir = target.path();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = createFolder(dir.getParent(), "." + dir.getFileName() + ".old-");
    Files.delete(old);
    Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    keepForeign(old, foreign);
    deleteTree(old);
  }

  /** Moves the foreign entries of the old site into the new one (each a rename, so none is ever lost). */
  private void keepForeign(Path old, List<String> foreign) throws IOException {
    for (String f : foreign) {
      Path from = old.resolve(f);
      Path to = target.path().resolve(f);
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS) && !Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  /**
   * Repairs what an interrupted build left (under the lock, so no other build is running): a site
   * set aside by an interrupted swap is put back, or its foreign files moved into the new site;
   * stale staging folders are removed.
   */
  private void recover() throws IOException {
    Path dir = target.path();
    String name = dir.getFileName().toString();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.getParent(), "." + name + ".{tmp,old}-*")) {
      for (Path leftover : stream) {
        boolean old = leftover.getFileName().toString().startsWith("." + name + ".old-");
        if (old && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(leftover, dir, StandardCopyOption.ATOMIC_MOVE);
        } else {
          if (old) {
            Optional<SiteManifest> manifest = SiteManifest.read(leftover);
            if (manifest.isPresent()) {
              keepForeign(leftover, manifest.get().foreign(leftover));
            }
          }
          deleteTree(leftover);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
