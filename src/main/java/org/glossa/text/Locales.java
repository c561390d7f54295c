package org.glossa.text;

import com.ibm.icu.util.ULocale;

/** Language tags in the forms other formats want. */
public final class Locales {
  private Locales() {}

  /**
   * The {@code language_TERRITORY} form of Open Graph's {@code og:locale}, with the likeliest
   * territory where the tag names none: {@code zh-Hans} → {@code zh_CN}, {@code zh-Hant} →
   * {@code zh_TW}, {@code en} → {@code en_US}.
   */
  public static String territoryForm(String languageTag) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(languageTag));
    String country = likely.getCountry();
    return country.isEmpty() ? likely.getLanguage() : likely.getLanguage() + "_" + country;
  }
}
