package org.glossa.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Dictionary order per language, by ICU4J: pinyin order for Chinese with Latin letters first
 * (so acronyms filed under a letter come before the Chinese words of that letter), the language's
 * own alphabetical order otherwise.
 */
public final class Collation {
  private Collation() {}

  public static Comparator<String> forLanguage(String tag) {
    ULocale locale = tag.startsWith("zh")
        ? ULocale.forLanguageTag(tag.equals("zh-Hant") ? "zh-Hant-u-co-pinyin-kr-latn-hani" : "zh-u-co-pinyin-kr-latn-hani")
        : ULocale.forLanguageTag(tag);
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.TERTIARY);
    return collator::compare;
  }
}
