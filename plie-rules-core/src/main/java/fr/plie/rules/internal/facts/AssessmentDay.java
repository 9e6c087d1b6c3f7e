package fr.plie.rules.internal.facts;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day a decision is assessed on, as a fact, so that the rows of a decision table fire only
 * when they are valid that day ({@code Valide du} / {@code Valide jusqu'au} columns).
 */
public record AssessmentDay(LocalDate date) {
  /**
   * The dates the table rows compare with, parsed once: every row's condition asks on every
   * decision. Bounded, since a folder being edited may bring any number of distinct dates; past
   * the bound a date is simply parsed each time.
   */
  private static final int PARSED_DATES_KEPT = 10_000;
  private static final Map<String, LocalDate> PARSED = new ConcurrentHashMap<>();

  /** True when this day is on or after {@code isoDate} (YYYY-MM-DD). */
  public boolean onOrAfter(String isoDate) {
    return !date.isBefore(parse(isoDate));
  }

  /** True when this day is on or before {@code isoDate} (YYYY-MM-DD): end dates are inclusive. */
  public boolean onOrBefore(String isoDate) {
    return !date.isAfter(parse(isoDate));
  }

  private static LocalDate parse(String isoDate) {
    LocalDate parsed = PARSED.get(isoDate);
    if (parsed == null) {
      parsed = LocalDate.parse(isoDate);
      if (PARSED.size() < PARSED_DATES_KEPT) {
        PARSED.put(isoDate, parsed);
      }
    }
    return parsed;
  }
}
