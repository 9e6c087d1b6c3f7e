package fr.plie.rules.internal.facts;

import java.time.LocalDate;

/**
 * One row of a rule set's commune table: a commune of the PLIE perimeter over a validity period
 * (end inclusive, open when null), with the reference that justifies the row.
 */
public record PerimeterCommune(
    String inseeCode, String name, String postalCode, LocalDate validFrom, LocalDate validTo,
    String reference) {

  public boolean coversDate(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  /** "Dijon (21231)". */
  public String label() {
    return name + " (" + inseeCode + ")";
  }
}
