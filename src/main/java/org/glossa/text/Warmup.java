package org.glossa.text;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes ICU4J's slow objects on a thread of its own while the build reads its sources: compiling
 * the pinyin transliterator's rules takes a third of a second, a Chinese collator, a date format or
 * the word break iterator a tenth each, and a cold build of a small edition is mostly such start-up
 * work. The JVM initialises a class once, whichever thread asks first, and makes any other thread
 * that asks meanwhile wait for it, so nothing is made twice and the build's output does not depend
 * on the warm-up: it only moves work onto a core that would otherwise wait.
 */
public final class Warmup {
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  private Warmup() {}

  /** Starts making what a site in these languages needs (once per language and process); returns at once. */
  public static void start(Collection<String> languageTags) {
    var fresh = languageTags.stream().filter(STARTED::add).toList();
    if (fresh.isEmpty()) {
      return;
    }
    Thread thread = new Thread(() -> {
      for (String tag : fresh) {
        boolean chinese = tag.equals("zh") || tag.startsWith("zh-");
        DateFormatter.format(new PartialDate(2000, 1, 1, PartialDate.Precision.DAY), tag);
        if (chinese) {
          Segmenter.plain();
          Pinyin.initial("汉");
          Collation.forLanguage(tag).compare("汉", "漢");
        }
      }
      HanFolding.fold("漢");
    }, "glossa-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
