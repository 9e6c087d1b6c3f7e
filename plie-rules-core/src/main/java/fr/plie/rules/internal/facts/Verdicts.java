package fr.plie.rules.internal.facts;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call to record their findings. Each helper takes the rule's context so
 * that the finding names the rule that made it, and the citation comes from the rule's own
 * {@code @section} / {@code @quote} metadata rather than being restated in Java.
 */
public final class Verdicts {
  private Verdicts() {}

  /** A condition whose truth the rule established from known facts. */
  public static Finding known(RuleContext rule, String subject, boolean holds, String reason,
      String... factsUsed) {
    return new Finding(subject, holds ? Truth.TRUE : Truth.FALSE, List.of(reason),
        List.of(factsUsed), List.of(), List.of(ruleName(rule)));
  }

  /** A condition that cannot be established: the facts that would settle it are missing. */
  public static Finding unknown(RuleContext rule, String subject, String reason,
      Collection<String> factsUsed, Collection<String> missingFacts) {
    return new Finding(subject, Truth.UNKNOWN, List.of(reason), List.copyOf(factsUsed),
        List.copyOf(missingFacts), List.of(ruleName(rule)));
  }

  /**
   * A condition read from one yes/no input fact: true, false, or unknown when the fact is absent.
   */
  public static Finding fromBoolean(RuleContext rule, String subject, Boolean value, String fact,
      String reasonIfTrue, String reasonIfFalse) {
    if (value == null) {
      return unknown(rule, subject, "Inconnu : " + fact + " n'est pas renseigné.", List.of(),
          List.of(fact));
    }
    return known(rule, subject, value, value ? reasonIfTrue : reasonIfFalse, fact);
  }

  /** Records the criterion decided by this rule, with the rule's citation. */
  public static CriterionResult criterion(RuleContext rule, Criterion criterion, Finding finding) {
    List<String> rules = new ArrayList<>(finding.rules());
    String self = ruleName(rule);
    if (!rules.contains(self)) {
      rules.add(self);
    }
    Finding withRule = new Finding(criterion.name(), finding.truth(), finding.reasons(),
        finding.factsUsed(), finding.missingFacts(), rules, finding.tableRows());
    return new CriterionResult(criterion, withRule, self, metadata(rule, "section"),
        metadata(rule, "quote"));
  }

  /**
   * The entry outcome from all criteria. Missing facts are listed only for UNDETERMINED: a known
   * failure cannot be changed by a fact that is missing elsewhere.
   */
  public static EntryOutcomeResult outcome(RuleContext rule, EntryOutcome outcome,
      Collection<CriterionResult> criteria) {
    Set<String> missing = new LinkedHashSet<>();
    if (outcome == EntryOutcome.UNDETERMINED) {
      criteria.stream()
          .filter(c -> c.status() == CriterionStatus.UNKNOWN)
          .sorted(Comparator.comparing(CriterionResult::criterion))
          .forEach(c -> missing.addAll(c.finding().missingFacts()));
    }
    return new EntryOutcomeResult(outcome, new ArrayList<>(missing), ruleName(rule));
  }

  /** How a decision cites a parameter row: « entry.inactivity.months = 12 months (table …) ». */
  public static String row(Parameter parameter) {
    return parameter.label();
  }

  /** How a decision cites a commune row. */
  public static String row(PerimeterCommune commune) {
    return commune.row().label() + " : " + commune.label();
  }

  /** How a decision cites a row of the exit-route table. */
  public static String row(RouteCondition condition) {
    return condition.row().label() + " : " + condition.label();
  }

  /** How a decision cites a retired-code row. */
  public static String row(RetiredCommune retired) {
    return retired.row().label() + " : " + retired.inseeCode() + " → " + retired.successorInseeCode();
  }

  public static String ruleName(RuleContext rule) {
    return rule.getRule().getName();
  }

  private static String metadata(RuleContext rule, String key) {
    Object value = rule.getRule().getMetaData().get(key);
    if (value == null) {
      throw new IllegalStateException("rule '" + ruleName(rule) + "' has no @" + key
          + " metadata: every deciding rule must cite the text it implements");
    }
    return String.valueOf(value);
  }
}
