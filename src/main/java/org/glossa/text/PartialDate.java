package org.glossa.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the day, the month or only the year. */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    if (precision.compareTo(Precision.MONTH) >= 0 && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month " + month);
    }
  }

  /** Parses {@code 2024}, {@code 2024-07} or {@code 2024-07-04}; empty when malformed or impossible. */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(new PartialDate(year, 1, 1, Precision.YEAR));
    }
    int month = Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(year, month, day, m.group(3) == null ? Precision.MONTH : Precision.DAY));
  }

  /** {@code year}, {@code month} or {@code day}, in any case; empty for anything else. */
  public static Optional<Precision> parsePrecision(String text) {
    for (Precision p : Precision.values()) {
      if (p.name().equalsIgnoreCase(text.trim())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Whether the date can be shown at {@code wanted}: not more precisely than it is known. */
  public boolean allows(Precision wanted) {
    return wanted.compareTo(precision) <= 0;
  }

  /** The same date, shown less precisely. */
  public PartialDate withPrecision(Precision coarser) {
    return new PartialDate(year, coarser == Precision.YEAR ? 1 : month, coarser == Precision.DAY ? day : 1, coarser);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, month, day);
  }

  /** ISO form at its precision: {@code 2024}, {@code 2024-07} or {@code 2024-07-04}. */
  public String iso() {
    return switch (precision) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }

  @Override
  public int compareTo(PartialDate o) {
    return firstDay().compareTo(o.firstDay());
  }
}
