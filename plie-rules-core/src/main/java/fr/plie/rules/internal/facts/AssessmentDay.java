package fr.plie.rules.internal.facts;

import java.time.LocalDate;

/**
 * The day a decision is assessed on, as a fact, so that the rows of a decision table fire only
 * when they are valid that day ({@code Valide du} / {@code Valide jusqu'au} columns).
 */
public record AssessmentDay(LocalDate date) {
  /** True when this day is on or after {@code isoDate} (YYYY-MM-DD). */
  public boolean onOrAfter(String isoDate) {
    return !date.isBefore(LocalDate.parse(isoDate));
  }

  /** True when this day is on or before {@code isoDate} (YYYY-MM-DD): end dates are inclusive. */
  public boolean onOrBefore(String isoDate) {
    return !date.isAfter(LocalDate.parse(isoDate));
  }
}
