package org.glossa.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.text.PartialDate;

/** Localised dates at their precision, with ICU4J: 2024年7月4日 / July 4, 2024; 2023年9月 / September 2023. */
public final class DateFormatter {
  private record Key(PartialDate date, String languageTag) {}

  /** Every date formatted so far: an ICU date format is slow to make and not thread-safe, so only its results are kept. */
  private static final Map<Key, String> FORMATTED = new ConcurrentHashMap<>();

  private DateFormatter() {}

  public static String format(PartialDate date, String languageTag) {
    return FORMATTED.computeIfAbsent(new Key(date, languageTag), k -> formatNow(date, languageTag));
  }

  private static String formatNow(PartialDate date, String languageTag) {
    String skeleton = switch (date.precision()) {
      case DAY -> "yMMMMd";
      case MONTH -> "yMMMM";
      case YEAR -> "y";
    };
    DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLanguageTag(languageTag));
    format.setTimeZone(TimeZone.GMT_ZONE);
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    calendar.clear();
    calendar.set(date.year(), date.month() - 1, date.day());
    return format.format(calendar.getTime());
  }
}
