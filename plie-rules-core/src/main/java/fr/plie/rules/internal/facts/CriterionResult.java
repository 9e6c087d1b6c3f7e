package fr.plie.rules.internal.facts;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;

/**
 * The assessment of one entry criterion, inserted by the rule that decides it, with the section
 * and passage that rule cites (its {@code @section} and {@code @quote} metadata).
 */
public record CriterionResult(
    Criterion criterion, Finding finding, String decidingRule, String section, String quote) {

  public CriterionStatus status() {
    return switch (finding.truth()) {
      case TRUE -> CriterionStatus.MET;
      case FALSE -> CriterionStatus.NOT_MET;
      case UNKNOWN -> CriterionStatus.UNKNOWN;
    };
  }
}
