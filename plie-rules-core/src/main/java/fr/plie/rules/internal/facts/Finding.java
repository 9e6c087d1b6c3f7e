package fr.plie.rules.internal.facts;

import java.util.List;

/**
 * What a rule found about one condition of the text (or about a combination of conditions): its
 * three-valued truth, the French sentences that justify it, the input facts it used, the input
 * facts whose absence leaves it UNKNOWN, the rules that established it and the rows of the
 * analysts' tables (parameters, communes) it relied on.
 *
 * @param subject the condition's name, e.g. {@code LONG_INACTIVITY}
 */
public record Finding(
    String subject, Truth truth, List<String> reasons, List<String> factsUsed,
    List<String> missingFacts, List<String> rules, List<String> tableRows) {

  public Finding {
    reasons = List.copyOf(reasons);
    factsUsed = List.copyOf(factsUsed);
    missingFacts = List.copyOf(missingFacts);
    rules = List.copyOf(rules);
    tableRows = List.copyOf(tableRows);
  }

  /** A finding that used no table row. */
  public Finding(String subject, Truth truth, List<String> reasons, List<String> factsUsed,
      List<String> missingFacts, List<String> rules) {
    this(subject, truth, reasons, factsUsed, missingFacts, rules, List.of());
  }

  /** The same finding, citing the table rows it relied on (« table Paramètres, ligne 10 : … »). */
  public Finding citing(String... rows) {
    List<String> all = new java.util.ArrayList<>(tableRows);
    for (String row : rows) {
      if (!all.contains(row)) {
        all.add(row);
      }
    }
    return new Finding(subject, truth, reasons, factsUsed, missingFacts, rules, all);
  }

  public boolean isTrue() {
    return truth == Truth.TRUE;
  }

  public boolean isFalse() {
    return truth == Truth.FALSE;
  }

  public boolean isUnknown() {
    return truth == Truth.UNKNOWN;
  }
}
