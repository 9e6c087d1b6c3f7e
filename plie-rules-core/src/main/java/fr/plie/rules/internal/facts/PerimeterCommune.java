package fr.plie.rules.internal.facts;

/**
 * A commune of the PLIE perimeter on the assessment day, inserted by the row of the commune table
 * that holds it that day (the row's validity columns have been checked by its conditions).
 */
public record PerimeterCommune(
    String inseeCode, String name, String postalCode, String reference, TableRow row) {

  /** "Dijon (21231)". */
  public String label() {
    return name + " (" + inseeCode + ")";
  }
}
