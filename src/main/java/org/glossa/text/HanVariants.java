package org.glossa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Simplified characters that have more than one Traditional form, from the curated table
 * {@code zh-hant-variants.txt} beside this class (its header says how it was derived and what the
 * target standard is). A <em>flagged</em> character must be reviewed wherever it occurs; a
 * <em>listed</em> one only documents its other forms, which a phrase may still choose. The table also
 * names the glyph variants that ICU writes for which the target standard has another form
 * ({@code 鑒 → 鑑}, {@code 啓 → 啟}); {@link #standardise} replaces them.
 */
public final class HanVariants {
  static final String RESOURCE = "zh-hant-variants.txt";
  private static final HanVariants STANDARD = load();

  private final Map<Integer, String> flagged;
  private final Map<Integer, String> listed;
  private final Map<Integer, Integer> standard;

  HanVariants(Map<Integer, String> flagged, Map<Integer, String> listed, Map<Integer, Integer> standard) {
    this.flagged = Map.copyOf(flagged);
    this.listed = Map.copyOf(listed);
    this.standard = Map.copyOf(standard);
  }

  /** {@code text} with every glyph variant replaced by its standard form; same length. */
  public String standardise(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      Integer form = standard.get((int) text.charAt(i));
      if (form != null) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) form.intValue());
      }
    }
    return out == null ? text : out.toString();
  }

  /** The standard form of a glyph variant, or the character itself. */
  public int standardForm(int codePoint) {
    return standard.getOrDefault(codePoint, codePoint);
  }

  /** The table shipped with Glossa. */
  public static HanVariants standard() {
    return STANDARD;
  }

  /** Whether every occurrence of {@code codePoint} needs review. */
  public boolean isFlagged(int codePoint) {
    return flagged.containsKey(codePoint);
  }

  /** The Traditional forms of a flagged character, the usual one first. */
  public Optional<String> forms(int codePoint) {
    return Optional.ofNullable(flagged.get(codePoint));
  }

  /** Whether the table names {@code traditional} as a form of {@code simplified}, flagged or not. */
  public boolean lists(int simplified, int traditional) {
    String forms = listed.get(simplified);
    return forms != null && forms.codePoints().anyMatch(c -> c == traditional);
  }

  /** Every character of the table, flagged or not. */
  public Set<Integer> characters() {
    return Collections.unmodifiableSet(new TreeSet<>(listed.keySet()));
  }

  public Set<Integer> flaggedCharacters() {
    return Collections.unmodifiableSet(new TreeSet<>(flagged.keySet()));
  }

  private static HanVariants load() {
    try (InputStream in = HanVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lines {@code 发<TAB>發髮} (flagged), {@code -为<TAB>為爲} (listed only) and {@code =鑒<TAB>鑑}
   * (a variant and its standard form, both in the BMP); {@code #} starts a comment.
   */
  static HanVariants parse(BufferedReader reader) throws IOException {
    Map<Integer, String> flagged = new HashMap<>();
    Map<Integer, String> listed = new HashMap<>();
    Map<Integer, Integer> standard = new HashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=")) {
        if (!line.matches("=\\p{IsHan}\t\\p{IsHan}") || standard.put((int) line.charAt(1), (int) line.charAt(3)) != null) {
          throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected '=variant<TAB>standard form' once, got '" + line + "'");
        }
        continue;
      }
      boolean quiet = line.startsWith("-");
      String[] parts = (quiet ? line.substring(1) : line).split("\t");
      if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1 || parts[1].isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected 'character<TAB>forms', got '" + line + "'");
      }
      int character = parts[0].codePointAt(0);
      if (listed.put(character, parts[1]) != null) {
        throw new IllegalArgumentException(RESOURCE + ":" + number + ": '" + parts[0] + "' is listed twice");
      }
      if (!quiet) {
        if (parts[1].codePointCount(0, parts[1].length()) < 2) {
          throw new IllegalArgumentException(RESOURCE + ":" + number + ": a flagged character needs two forms or more");
        }
        flagged.put(character, parts[1]);
      }
    }
    return new HanVariants(flagged, listed, standard);
  }
}
