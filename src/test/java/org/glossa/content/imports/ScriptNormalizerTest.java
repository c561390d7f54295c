package org.glossa.content.imports;

import static org.glossa.content.imports.Fixtures.lines;
import static org.glossa.content.imports.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.glossa.content.imports.AuditEntry.Kind;
import org.glossa.content.imports.CleaningRules.TextRule;
import org.junit.jupiter.api.Test;

class ScriptNormalizerTest {
  private final List<AuditEntry> audit = new ArrayList<>();

  @Test
  void convertsACarelessTraditionalTextToSimplifiedAuditingEachCharacter() {
    List<SourceLine> out = new ScriptNormalizer(CleaningRules.none()).apply(lines("", "騰訊云剛完成由前臺集成商向后端被集成的角色轉型"), audit);
    assertEquals(List.of("", "腾讯云刚完成由前台集成商向后端被集成的角色转型"), texts(out));
    List<AuditEntry> chars = audit.stream().filter(a -> a.kind() == Kind.CONVERTED_SCRIPT).toList();
    assertEquals(List.of("騰", "訊", "剛", "臺", "轉"), chars.stream().map(AuditEntry::original).toList());
    assertEquals(new AuditEntry(2, 4, Kind.CONVERTED_SCRIPT, "剛", "刚", "ICU Hant-Hans"), chars.get(2));
    assertTrue(audit.stream().anyMatch(a -> a.kind() == Kind.STRUCTURE && a.reason().startsWith("script: Traditional")));
  }

  @Test
  void leavesASimplifiedTextAlone() {
    List<SourceLine> in = lines("腾讯公司董事会主席兼CEO马化腾、总裁刘炽平、高级执行副总裁卢山和汤道生等,悉数进入该群。");
    assertEquals(texts(in), texts(new ScriptNormalizer(CleaningRules.none()).apply(in, audit)));
    assertEquals(List.of(), audit);
  }

  @Test
  void leavesAFewTraditionalCharactersInASimplifiedTextAlone() {
    List<SourceLine> in = lines("这是一段很长的简体中文正文，只引用了一个繁体的名字“臺”而已，其余都是简体字，不应整篇转换。");
    assertEquals(texts(in), texts(new ScriptNormalizer(CleaningRules.none()).apply(in, audit)));
  }

  @Test
  void appliesScriptCorrectionsFromTheRulesAfterIcu() {
    CleaningRules rules = new CleaningRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new TextRule("前台", "前臺", "rules.yaml:9")));
    List<SourceLine> out = new ScriptNormalizer(rules).apply(lines("騰訊云由前臺集成商轉型"), audit);
    assertEquals(List.of("腾讯云由前臺集成商转型"), texts(out));
    assertTrue(audit.stream().anyMatch(a -> a.original().equals("前台") && a.column() == 5 && a.reason().contains("rules.yaml:9")));
  }
}
