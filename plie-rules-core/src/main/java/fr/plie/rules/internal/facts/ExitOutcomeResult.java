package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ExitOutcome;
import java.time.LocalDate;
import java.util.List;

/** The exit outcome inserted by the decision rules. */
public record ExitOutcomeResult(
    ExitOutcome outcome, LocalDate positiveExitDate, LocalDate projectedPositiveExitDate,
    List<String> missingFacts, String rule) {

  public ExitOutcomeResult {
    missingFacts = List.copyOf(missingFacts);
  }
}
