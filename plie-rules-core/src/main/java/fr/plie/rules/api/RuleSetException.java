package fr.plie.rules.api;

import fr.plie.rules.internal.RuleSetProblems;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rule set that cannot be used: a table cell of the wrong type, a rule that does not compile, a
 * missing file. Each problem says where (file, row, column or line) and what was expected, in
 * words an analyst can act on.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  /**
   * A rule set refused for the problems listed.
   *
   * @param ruleSet the rule set, as the message names it (a version, a folder, a file)
   * @param problems every problem found, each saying where and what was expected
   */
  public RuleSetException(String ruleSet, List<String> problems) {
    super("rule set " + ruleSet + " cannot be used:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The internals' report of the same problems, as the api reports it. */
  RuleSetException(RuleSetProblems found) {
    this(found.ruleSet(), found.problems());
    initCause(found);
  }

  /**
   * Every problem found, one sentence each, naming where it is and what was expected.
   *
   * @return the problems, in the order found (never empty)
   */
  public List<String> problems() {
    return problems;
  }

  /** Runs internal code, reporting the rule-set problems it finds as this exception. */
  static <T> T reported(Supplier<T> action) {
    try {
      return action.get();
    } catch (RuleSetProblems e) {
      throw new RuleSetException(e);
    }
  }
}
