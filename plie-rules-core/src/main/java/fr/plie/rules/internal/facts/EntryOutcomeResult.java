package fr.plie.rules.internal.facts;

import fr.plie.rules.model.EntryOutcome;
import java.util.List;

/** The outcome inserted by the decision rules, with the facts that would settle an UNDETERMINED one. */
public record EntryOutcomeResult(EntryOutcome outcome, List<String> missingFacts, String rule) {
  public EntryOutcomeResult {
    missingFacts = List.copyOf(missingFacts);
  }
}
