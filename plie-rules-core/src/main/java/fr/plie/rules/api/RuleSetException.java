package fr.plie.rules.api;

import java.util.List;

/**
 * A rule set that cannot be used: a table cell of the wrong type, a rule that does not compile, a
 * missing file. Each problem says where (file, row, column or line) and what was expected, in
 * words an analyst can act on.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public RuleSetException(String ruleSet, List<String> problems) {
    super("rule set " + ruleSet + " cannot be used:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
