package org.glossa.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.source.SourceFile;
import org.glossa.source.YamlMap;
import org.glossa.text.PhraseTable;
import org.glossa.text.TraditionalConverter;

/**
 * Reads {@code content/zh-hant-phrases.yaml}, the editor's Simplified → Traditional phrases:
 * <pre>
 * 群里: 群裡
 * 发布: {hant: 發布, note: 教育部辭典作「發布」}
 * </pre>
 * Reports with their lines: a phrase without Han characters, a Traditional form of another length,
 * a character that is not a Traditional form of the one it replaces, and a phrase that neither
 * changes ICU's result nor covers a character that needs review (it does nothing).
 */
public final class PhraseTableLoader {
  public static final String FILE = "zh-hant-phrases.yaml";
  private static final Set<String> ENTRY_KEYS = Set.of("hant", "note");

  private PhraseTableLoader() {}

  /** The table of {@code contentDir}; empty when the file does not exist. */
  public static PhraseTable load(Path contentDir, Diagnostics diagnostics) {
    Path path = contentDir.resolve(FILE);
    if (!Files.exists(path)) {
      return PhraseTable.EMPTY;
    }
    return SourceFile.read(path, diagnostics).map(f -> parse(f, diagnostics)).orElse(PhraseTable.EMPTY);
  }

  public static PhraseTable parse(SourceFile file, Diagnostics diagnostics) {
    Optional<YamlMap> yaml = YamlMap.parse(file.text(), file.path(), 0, diagnostics);
    if (yaml.isEmpty()) {
      return PhraseTable.EMPTY;
    }
    TraditionalConverter icu = TraditionalConverter.icuOnly();
    List<PhraseTable.Phrase> phrases = new ArrayList<>();
    for (String simplified : yaml.get().keys()) {
      entry(yaml.get(), simplified).filter(p -> valid(yaml.get(), p, icu)).ifPresent(phrases::add);
    }
    return new PhraseTable(phrases);
  }

  private static Optional<PhraseTable.Phrase> entry(YamlMap yaml, String simplified) {
    Optional<String> traditional;
    String note = "";
    if (yaml.isMap(simplified)) {
      YamlMap entry = yaml.map(simplified).orElseThrow();
      entry.rejectUnknownKeys(ENTRY_KEYS, "phrase");
      traditional = entry.string("hant");
      note = entry.string("note", "").strip();
      if (traditional.isEmpty()) {
        yaml.errorAt(simplified, "phrase '" + simplified + "' has no 'hant'", "write '" + simplified + ": {hant: <Traditional form>}'");
        return Optional.empty();
      }
    } else {
      traditional = yaml.string(simplified);
      if (traditional.isEmpty()) {
        yaml.errorAt(simplified, "phrase '" + simplified + "' has no Traditional form", "write '" + simplified + ": <Traditional form>'");
        return Optional.empty();
      }
    }
    String hant = traditional.get();
    if (hant.codePointCount(0, hant.length()) != simplified.codePointCount(0, simplified.length())) {
      yaml.errorAt(simplified, "'" + hant + "' has " + hant.codePointCount(0, hant.length()) + " characters but '" + simplified
          + "' has " + simplified.codePointCount(0, simplified.length()),
          "a phrase converts script, not wording: write the same characters in their Traditional forms");
      return Optional.empty();
    }
    return Optional.of(new PhraseTable.Phrase(simplified, hant, note, yaml.line(simplified)));
  }

  private static boolean valid(YamlMap yaml, PhraseTable.Phrase p, TraditionalConverter icu) {
    String s = p.simplified();
    if (s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) || !s.strip().equals(s)) {
      yaml.errorAtKey(s, "phrase '" + s + "' must be Chinese text without spaces around it", "");
      return false;
    }
    int[] from = s.codePoints().toArray();
    int[] to = p.traditional().codePoints().toArray();
    for (int i = 0; i < from.length; i++) {
      if (!icu.isTraditionalFormOf(from[i], to[i])) {
        yaml.errorAt(s, "'" + Character.toString(to[i]) + "' is not a Traditional form of '" + Character.toString(from[i])
            + "' (in '" + s + "' → '" + p.traditional() + "')", "check for a typo; ICU writes '" + icu.alone(from[i]) + "'");
        return false;
      }
    }
    if (icu.convert(s).equals(p.traditional()) && icu.unreviewed(s).isEmpty()) {
      yaml.errorAtKey(s, "phrase '" + s + "' changes nothing: ICU already writes '" + p.traditional()
          + "' and no character in it needs review", "remove the entry");
      return false;
    }
    return true;
  }
}
