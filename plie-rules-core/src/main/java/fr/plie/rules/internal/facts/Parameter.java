package fr.plie.rules.internal.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated value of a rule-set parameter (a threshold, a duration), OpenFisca-style: a name, a
 * value with its unit, the period it is valid (end inclusive, open when null) and its reference.
 */
public record Parameter(
    String name, BigDecimal value, String unit, LocalDate validFrom, LocalDate validTo,
    String reference) {

  public boolean coversDate(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  public int intValue() {
    return value.intValueExact();
  }
}
