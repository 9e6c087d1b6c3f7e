package fr.plie.rules.api;

import java.util.List;

/**
 * What {@code plie-rules check} found in a table or a rule set: every problem in the analyst's
 * terms (file, sheet, row, column, value, what was expected), and the result of each scenario.
 *
 * @param checked what was checked (files and versions)
 * @param problems empty when the tables and rules are sound
 * @param scenarios one result per scenario of each version checked
 * @param sharedFiles one line per file of a checked version that differs from the library's and
 *     that other versions (or revisions) list too: changing it changes their fingerprints as well
 *     (not a problem in itself; the analyst should know before releasing)
 */
public record CheckReport(List<String> checked, List<String> problems,
    List<ScenarioResult> scenarios, List<String> sharedFiles) {

  /**
   * One scenario's result.
   *
   * @param name the scenario's name
   * @param version the rule-set version it belongs to
   * @param mismatches where the decision differs from the expectation (empty: passed)
   * @param changedFromShipped where the decision differs from the one the shipped version of the
   *     same name takes (empty when nothing changed or no such version is shipped)
   */
  public record ScenarioResult(String version, String name, List<String> mismatches,
      List<String> changedFromShipped) {
    /** {@return whether the decision matched the scenario's expectation} */
    public boolean passed() {
      return mismatches.isEmpty();
    }
  }

  /**
   * A report; the lists are copied.
   *
   * @param checked what was checked (files and versions)
   * @param problems empty when the tables and rules are sound
   * @param scenarios one result per scenario of each version checked
   * @param sharedFiles changed files that other versions or revisions also list, one line each
   */
  public CheckReport {
    checked = List.copyOf(checked);
    problems = List.copyOf(problems);
    scenarios = List.copyOf(scenarios);
    sharedFiles = List.copyOf(sharedFiles);
  }

  /**
   * A report without shared files.
   *
   * @param checked what was checked (files and versions)
   * @param problems empty when the tables and rules are sound
   * @param scenarios one result per scenario of each version checked
   */
  public CheckReport(List<String> checked, List<String> problems, List<ScenarioResult> scenarios) {
    this(checked, problems, scenarios, List.of());
  }

  /** {@return whether there is no problem and every scenario passed} */
  public boolean ok() {
    return problems.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed);
  }

  /** {@return the report as an analyst reads it} */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("Vérifié : ").append(String.join(", ", checked)).append('\n');
    if (problems.isEmpty()) {
      out.append("Aucun problème dans les tables et les règles.\n");
    } else {
      out.append(problems.size()).append(" problème(s) :\n");
      problems.forEach(p -> out.append("  - ").append(p).append('\n'));
    }
    sharedFiles.forEach(f -> out.append("Attention : ").append(f).append('\n'));
    long failed = scenarios.stream().filter(s -> !s.passed()).count();
    long changed = scenarios.stream().filter(s -> !s.changedFromShipped().isEmpty()).count();
    out.append("Scénarios : ").append(scenarios.size() - failed).append(" réussi(s), ").append(failed)
        .append(" en échec ; ").append(changed)
        .append(" décidé(s) autrement que par la version livrée\n");
    for (ScenarioResult s : scenarios) {
      if (!s.passed() || !s.changedFromShipped().isEmpty()) {
        out.append("  ").append(s.passed() ? "changé" : "ÉCHEC").append(" [").append(s.version())
            .append("] ").append(s.name()).append('\n');
        s.mismatches().forEach(m -> out.append("      attendu / obtenu : ").append(m).append('\n'));
        s.changedFromShipped().forEach(c -> out.append("      par rapport à la version livrée : ").append(c).append('\n'));
      }
    }
    return out.toString();
  }
}
