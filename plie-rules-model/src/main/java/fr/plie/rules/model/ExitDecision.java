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
 * The answer to an {@link ExitCase}: the outcome, every route of §I.C.2 with its status, date,
 * activities, facts and citation, the rules fired in firing order, the rule set that decided and a
 * French explanation. It embeds the case it answers, so that it can be replayed. As a stored record
 * it carries its format, id, time, form and, when signed, its signature (JSON Schema
 * {@code exit-decision.schema.json}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExitDecision.class)
@JsonDeserialize(as = ImmutableExitDecision.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "recordFormat", "decisionId", "decidedAt", "form", "participantId", "assessmentDate", "outcome", "positiveExitDate", "projectedPositiveExitDate",
  "ruleSet", "routes", "missingFacts", "notes", "firedRules", "explanation", "exitCase", "signature"
})
public abstract class ExitDecision implements DecisionRecord {
  public static ImmutableExitDecision.Builder builder() {
    return ImmutableExitDecision.builder();
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

  public abstract ExitOutcome outcome();

  /** For POSITIVE: the earliest date among the acquired routes. */
  public abstract @Nullable LocalDate positiveExitDate();

  /**
   * For IN_PROGRESS: the earliest projected date among the routes in progress. From 2018.1
   * revision 2 on, also for PENDING_COMMISSION when a route is in progress: a certain projection is
   * never hidden.
   */
  public abstract @Nullable LocalDate projectedPositiveExitDate();

  public abstract RuleSetReference ruleSet();

  /** Every route, in the order of {@link ExitRoute}. */
  public abstract List<RouteAssessment> routes();

  /**
   * The input paths that could make the outcome better (those of UNKNOWN routes, the commission's
   * decision when it is pending and, from 2018.1 revision 2 on, those that could make a route in
   * progress acquired earlier); empty for POSITIVE.
   */
  public abstract List<String> missingFacts();

  /** Remarks on how the decision was taken, e.g. a rule-set version imposed by the caller. */
  public abstract List<String> notes();

  public abstract List<FiredRule> firedRules();

  /** The decision in French, route by route, for the participant's file. */
  public abstract String explanation();

  /**
   * The case decided, as received; in a {@link RecordForm#PSEUDONYMISED} record, only what that
   * form keeps of it.
   */
  public abstract ExitCase exitCase();

  @Override
  public abstract @Nullable RecordSignature signature();

  @Value.Check
  protected void checkFormat() {
    Records.checkFormat(recordFormat(), decisionId(), decidedAt());
  }

  /** The assessment of one route. */
  public RouteAssessment route(ExitRoute route) {
    return routes().stream()
        .filter(r -> r.route() == route)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no assessment of " + route));
  }
}
