package fr.plie.rules.internal.facts;

import java.math.BigDecimal;

/**
 * A parameter (threshold, duration) in force on the assessment day, OpenFisca-style: a name, a
 * value with its unit and the reference that justifies it, inserted by the row of the parameter
 * table valid that day. A parameter of unit {@code convention} names a convention the rules apply
 * ({@link #text()}, e.g. {@code workedDays}); its {@code value} is null.
 */
public record Parameter(String name, BigDecimal value, String unit, String reference, TableRow row,
    String text) {

  /** A numeric parameter. */
  public Parameter(String name, BigDecimal value, String unit, String reference, TableRow row) {
    this(name, value, unit, reference, row, value.toPlainString());
  }

  public int intValue() {
    return value.intValueExact();
  }

  /** « entry.inactivity.months = 12 months (table « Paramètres », ligne 10) ». */
  public String label() {
    return name + " = " + text + " " + unit + " (" + row.label() + ")";
  }
}
