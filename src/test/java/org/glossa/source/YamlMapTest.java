package org.glossa.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlMapTest {
  private static final Path PATH = Path.of("file.yaml");
  private final Diagnostics diagnostics = new Diagnostics();

  private YamlMap parse(String yaml) {
    YamlMap map = YamlMap.parse(yaml, PATH, 0, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    return map;
  }

  @Test
  void readsAnEmptyDocumentAsAnEmptyMap() {
    assertTrue(parse("").keys().isEmpty());
    assertTrue(parse("# only a comment\n").keys().isEmpty());
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.sorted().toString());
  }

  @Test
  void givesEachListItemWithItsPlace() {
    YamlMap map = parse("block:\n  - a\n  - b\nflow: [c, d]\nsingle: e\n");
    assertEquals(List.of(new YamlMap.Scalar("a", 2, 5), new YamlMap.Scalar("b", 3, 5)), map.scalars("block"));
    assertEquals(List.of(new YamlMap.Scalar("c", 4, 8), new YamlMap.Scalar("d", 4, 11)), map.scalars("flow"));
    assertEquals(List.of(new YamlMap.Scalar("e", 5, 9)), map.scalars("single"));
    assertEquals(List.of("a", "b"), map.strings("block"));
  }

  @Test
  void reportsAtAListItemAndAtAMapInAList() {
    YamlMap map = parse("items:\n  - a\nentries:\n  - {x: 1}\n");
    map.errorAt(map.scalars("items").get(0), "bad item", "");
    YamlMap item = map.maps("entries").get(0);
    item.error("bad entry", "");
    assertEquals(4, item.line());
    List<Diagnostic> d = diagnostics.sorted();
    assertEquals(List.of("file.yaml:2:5 bad item", "file.yaml:4:5 bad entry"),
        d.stream().map(x -> x.path() + ":" + x.line() + ":" + x.column() + " " + x.message()).toList());
  }

  @Test
  void wordsUnknownKeysAsTheCallerAsks() {
    YamlMap map = parse("a: 1\nb: 2\n");
    map.rejectUnknownKeys(Set.of("a"), "thing");
    map.rejectUnknownKeys(Set.of("a"), key -> "unknown key '" + key + "' in the file");
    assertEquals(List.of("unknown key 'b' in the file", "unknown thing key 'b'"),
        diagnostics.sorted().stream().map(Diagnostic::message).toList());
    assertEquals("known keys: a", diagnostics.sorted().get(0).hint());
  }
}
