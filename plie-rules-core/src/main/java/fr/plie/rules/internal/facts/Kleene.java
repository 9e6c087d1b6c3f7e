package fr.plie.rules.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Kleene's strong three-valued logic over {@link Finding}s, keeping the evidence: a combination
 * cites only the findings that decide it (the false ones of a false AND, the true ones of a true
 * OR), and an UNKNOWN combination lists only the missing facts of the findings that could still
 * change it. This is what lets a decision say exactly which facts would settle it.
 */
public final class Kleene {
  private Kleene() {}

  public static Finding and(String subject, Finding... operands) {
    if (any(operands, Finding::isFalse)) {
      return combine(subject, Truth.FALSE, operands, Finding::isFalse, false);
    }
    if (all(operands, Finding::isTrue)) {
      return combine(subject, Truth.TRUE, operands, Finding::isTrue, false);
    }
    return combine(subject, Truth.UNKNOWN, operands, f -> true, true);
  }

  public static Finding or(String subject, Finding... operands) {
    if (any(operands, Finding::isTrue)) {
      return combine(subject, Truth.TRUE, operands, Finding::isTrue, false);
    }
    if (all(operands, Finding::isFalse)) {
      return combine(subject, Truth.FALSE, operands, Finding::isFalse, false);
    }
    return combine(subject, Truth.UNKNOWN, operands, f -> true, true);
  }

  /** The negation keeps the evidence: "not followed by Cap Emploi" is decided by the same fact. */
  public static Finding not(String subject, Finding operand) {
    Truth truth = switch (operand.truth()) {
      case TRUE -> Truth.FALSE;
      case FALSE -> Truth.TRUE;
      case UNKNOWN -> Truth.UNKNOWN;
    };
    return new Finding(subject, truth, operand.reasons(), operand.factsUsed(),
        operand.missingFacts(), operand.rules(), operand.tableRows());
  }

  private static Finding combine(String subject, Truth truth, Finding[] operands,
      Predicate<Finding> deciding, boolean keepMissing) {
    Set<String> reasons = new LinkedHashSet<>();
    Set<String> facts = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    Set<String> rules = new LinkedHashSet<>();
    Set<String> rows = new LinkedHashSet<>();
    for (Finding operand : operands) {
      if (!deciding.test(operand)) {
        continue;
      }
      reasons.addAll(operand.reasons());
      facts.addAll(operand.factsUsed());
      rules.addAll(operand.rules());
      rows.addAll(operand.tableRows());
      if (keepMissing && operand.isUnknown()) {
        missing.addAll(operand.missingFacts());
      }
    }
    return new Finding(subject, truth, new ArrayList<>(reasons), new ArrayList<>(facts),
        new ArrayList<>(missing), new ArrayList<>(rules), new ArrayList<>(rows));
  }

  private static boolean any(Finding[] operands, Predicate<Finding> test) {
    for (Finding operand : operands) {
      if (test.test(operand)) {
        return true;
      }
    }
    return false;
  }

  private static boolean all(Finding[] operands, Predicate<Finding> test) {
    for (Finding operand : operands) {
      if (!test.test(operand)) {
        return false;
      }
    }
    return true;
  }
}
