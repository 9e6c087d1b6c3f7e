package fr.plie.rules.internal;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a session's rules so that a rule that fails cannot carry the input into a log: Drools'
 * {@link ConsequenceException} prints every fact of the failing match ({@code toString} of the
 * application, special-category facts included) in its stack trace, and the error's own message
 * may quote values. What is thrown instead names the rule set, the rule and the kind of error,
 * and keeps where it happened (the failing frames, then the engine's) but not what it said.
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
          + " failed with " + root.getClass().getName()
          + " (its message, which may quote the input, is not repeated)");
      // Where it happened (inside the rule), then how the engine got there; no cause to print.
      StackTraceElement[] inside = root.getStackTrace();
      StackTraceElement[] outside = failure.getStackTrace();
      StackTraceElement[] both = java.util.Arrays.copyOf(inside, inside.length + outside.length);
      System.arraycopy(outside, 0, both, inside.length, outside.length);
      failure.setStackTrace(both);
      throw failure;
    }
  }
}
