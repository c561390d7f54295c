package org.glossa.content.imports;

import static org.glossa.content.imports.Fixtures.lines;
import static org.glossa.content.imports.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamRemoverTest {
  private final SpamRemover remover = new SpamRemover(Fixtures.rules());
  private final List<AuditEntry> audit = new ArrayList<>();

  @Test
  void removesSpamInsideAWordAndJoinsIt() {
    assertEquals(List.of("配上高性能、高性价比存储"), texts(remover.apply(lines("配上高性365买球官方网站能、高性价比存储"), audit)));
    assertEquals(List.of(new AuditEntry(1, 5, AuditEntry.Kind.REMOVED_SPAM, "365买球官方网站", "", audit.get(0).reason())), audit);
  }

  @Test
  void removesTheLongerSpamStringWhole() {
    assertEquals(List.of("对话腾讯汤道生:AI不止于大模型"), texts(remover.apply(lines("对话腾讯365买球app官方网站汤道生:AI不止于大模型"), audit)));
    assertEquals("365买球app官方网站", audit.get(0).original());
  }

  @Test
  void removesEveryOccurrenceInALine() {
    assertEquals(List.of("甲乙丙"), texts(remover.apply(lines("甲365买球官方网站乙365买球app官方网站丙"), audit)));
    assertEquals(2, audit.size());
  }

  @Test
  void dropsALineMadeOfPornographicSpamPhrases() {
    List<SourceLine> kept = remover.apply(lines("少妇人妻偷人精品一区二区,国产伦精品一区二区三区妓女,狼牙套加粗震动入珠套h,被狼交的女人(h)", "", "正文"), audit);
    assertEquals(List.of("", "正文"), texts(kept));
    assertEquals(1, audit.size());
  }

  @Test
  void keepsASentenceThatOnlyMentionsAKeyword() {
    assertEquals(List.of("她是一位人妻,也是一位作家。"), texts(remover.apply(lines("她是一位人妻,也是一位作家。"), audit)));
    assertEquals(List.of(), audit);
  }

  @Test
  void dropsOneOfTheSpacesAroundARemovedSpan() {
    assertEquals(List.of("Tencent Cloud"), texts(remover.apply(lines("Tencent 365买球官方网站 Cloud"), audit)));
  }
}
