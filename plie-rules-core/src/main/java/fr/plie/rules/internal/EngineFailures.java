package fr.plie.rules.internal;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a session's rules so that a rule that fails cannot carry the input into a log: Drools'
 * {@link ConsequenceException} prints every fact of the failing match ({@code toString} of the
 * application, special-category facts included) in its stack trace, and the error's own message
 * may quote values. What is thrown instead names the rule set, the rule and the kind of error,
 * and keeps where it happened (the stack trace) but not what it said.
 */
final class EngineFailures {
  private EngineFailures() {}

  static void fireAllRules(KieSession session, CompiledRuleSet ruleSet) {
    try {
      session.fireAllRules();
    } catch (RuntimeException e) {
      String rule = e instanceof ConsequenceException c && c.getMatch() != null
          ? "rule '" + c.getMatch().getRule().getName() + "'" : "the engine";
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      IllegalStateException failure = new IllegalStateException("rule set "
          + ruleSet.reference().id() + " " + ruleSet.reference().version() + ": " + rule
          + " failed with " + root.getClass().getName() + " (its message is not repeated: it may"
          + " quote the input)");
      RuntimeException where = new RuntimeException(root.getClass().getName());
      where.setStackTrace(root.getStackTrace());
      failure.initCause(where);
      throw failure;
    }
  }
}
