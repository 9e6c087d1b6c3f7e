package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to an {@link EntryApplication}: the outcome, each criterion with its status, facts,
 * rules and citation, the facts that would settle an UNDETERMINED outcome, the rules fired in
 * firing order, the rule set that decided and a French explanation. It embeds the application it
 * answers, so that it can be replayed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntryDecision.class)
@JsonDeserialize(as = ImmutableEntryDecision.class)
@JsonPropertyOrder({
  "participantId", "assessmentDate", "outcome", "ruleSet", "criteria", "missingFacts", "notes",
  "firedRules", "explanation", "application"
})
public abstract class EntryDecision {
  public static ImmutableEntryDecision.Builder builder() {
    return ImmutableEntryDecision.builder();
  }

  public abstract String participantId();

  public abstract LocalDate assessmentDate();

  public abstract EntryOutcome outcome();

  public abstract RuleSetReference ruleSet();

  /** All five criteria, in the order of {@link Criterion}. */
  public abstract List<CriterionAssessment> criteria();

  /**
   * The input fields whose absence keeps the outcome UNDETERMINED; empty for ELIGIBLE and for
   * NOT_ELIGIBLE (a known failure is not changed by any missing fact).
   */
  public abstract List<String> missingFacts();

  /** Remarks on how the input was read, e.g. a retired commune code resolved to its successor. */
  public abstract List<String> notes();

  public abstract List<FiredRule> firedRules();

  /** The decision in French, criterion by criterion, for the participant's file. */
  public abstract String explanation();

  /** The application decided, as received. */
  public abstract EntryApplication application();

  /** The assessment of one criterion. */
  public CriterionAssessment criterion(Criterion id) {
    return criteria().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no assessment of " + id));
  }
}
