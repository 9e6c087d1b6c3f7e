package fr.plie.rules.internal;

import java.util.List;

/**
 * A rule set that cannot be used, as the internals find it: which rule set and every problem (file,
 * row, column or line, and what was expected). The api reports it as its {@code RuleSetException}
 * at its boundary, so that the layers point one way (api to internal, never back).
 */
public final class RuleSetProblems extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String ruleSet;
  private final transient List<String> problems;

  public RuleSetProblems(String ruleSet, List<String> problems) {
    super("rule set " + ruleSet + " cannot be used:\n  - " + String.join("\n  - ", problems));
    this.ruleSet = ruleSet;
    this.problems = List.copyOf(problems);
  }

  public String ruleSet() {
    return ruleSet;
  }

  public List<String> problems() {
    return problems;
  }
}
