package fr.plie.rules.internal.facts;

import java.util.List;

/**
 * What a rule found about one condition of the text (or about a combination of conditions): its
 * three-valued truth, the French sentences that justify it, the input facts it used, the input
 * facts whose absence leaves it UNKNOWN, and the rules that established it.
 *
 * @param subject the condition's name, e.g. {@code LONG_INACTIVITY}
 */
public record Finding(
    String subject, Truth truth, List<String> reasons, List<String> factsUsed,
    List<String> missingFacts, List<String> rules) {

  public Finding {
    reasons = List.copyOf(reasons);
    factsUsed = List.copyOf(factsUsed);
    missingFacts = List.copyOf(missingFacts);
    rules = List.copyOf(rules);
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
