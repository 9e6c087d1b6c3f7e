package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The answer to an {@link EntryApplication}: the outcome, each criterion with its status, facts,
 * rules and citation, the facts that would settle an UNDETERMINED outcome, the rules fired in
 * firing order, the rule set that decided and a French explanation. It embeds the application it
 * answers, so that it can be replayed. As a stored record it carries its format, id, time, form
 * and, when signed, its signature (JSON Schema {@code entry-decision.schema.json}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntryDecision.class)
@JsonDeserialize(as = ImmutableEntryDecision.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "recordFormat", "decisionId", "decidedAt", "form", "participantId", "assessmentDate", "outcome", "ruleSet", "criteria", "missingFacts", "notes",
  "firedRules", "explanation", "application", "signature"
})
public abstract class EntryDecision implements DecisionRecord {
  public static ImmutableEntryDecision.Builder builder() {
    return ImmutableEntryDecision.builder();
  }

  @Override
  @Value.Default
  public int recordFormat() {
    // A record without identity was stored before records had one: it is read, and replays.
    return decisionId() == null && decidedAt() == null ? LEGACY_FORMAT : CURRENT_FORMAT;
  }

  @Override
  @JsonDeserialize(using = StrictValues.CanonicalUuid.class)
  public abstract @Nullable UUID decisionId();

  @Override
  @JsonDeserialize(using = StrictValues.UtcInstant.class)
  public abstract @Nullable Instant decidedAt();

  @Override
  @Value.Default
  public RecordForm form() {
    return RecordForm.FULL;
  }

  @Override
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

  /**
   * The application decided, as received; in a {@link RecordForm#PSEUDONYMISED} record, only what
   * that form keeps of it.
   */
  public abstract EntryApplication application();

  @Override
  public abstract @Nullable RecordSignature signature();

  @Value.Check
  protected void checkFormat() {
    Records.checkFormat(recordFormat(), decisionId(), decidedAt());
  }

  /** The assessment of one criterion. */
  public CriterionAssessment criterion(Criterion id) {
    return criteria().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no assessment of " + id));
  }
}
