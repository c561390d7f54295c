package org.glossa.text;

import com.ibm.icu.util.ULocale;
import java.util.Optional;

/** The script a language tag most likely means when it names none (CLDR's likely subtags): {@code zh} → {@code zh-Hans}. */
public final class LikelyScript {
  private LikelyScript() {}

  /** The tag with its likely script ({@code zh-Hans} for {@code zh}); empty when the tag names a script already or none is known. */
  public static Optional<String> of(String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    if (!locale.getScript().isEmpty()) {
      return Optional.empty();
    }
    ULocale likely = ULocale.addLikelySubtags(locale);
    return likely.getScript().isEmpty() ? Optional.empty() : Optional.of(locale.getLanguage() + "-" + likely.getScript());
  }
}
