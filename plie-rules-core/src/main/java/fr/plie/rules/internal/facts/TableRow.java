package fr.plie.rules.internal.facts;

/**
 * Which row of which decision table produced a fact: the RuleTable's name and the spreadsheet row
 * number, read from the name Drools gives the row's rule ({@code Communes_14}).
 */
public record TableRow(String table, int row) {
  static TableRow of(String ruleName) {
    int at = ruleName.lastIndexOf('_');
    if (at < 0) {
      return new TableRow(ruleName, 0);
    }
    try {
      return new TableRow(ruleName.substring(0, at), Integer.parseInt(ruleName.substring(at + 1)));
    } catch (NumberFormatException e) {
      return new TableRow(ruleName, 0);
    }
  }

  /** « table Paramètres, ligne 10 ». */
  public String label() {
    return "table « " + table + " », ligne " + row;
  }
}
