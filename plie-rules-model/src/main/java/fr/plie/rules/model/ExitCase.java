package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * What is known of a participant's exit on an assessment date: the activities held (each indexed
 * by its position, which the decision cites as {@code activities[i]}), the birth date for the
 * senior route and the commission's decision. Absent facts are unknown.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExitCase.class)
@JsonDeserialize(as = ImmutableExitCase.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "participantId", "assessmentDate", "pathwayStartDate", "birthDate", "commissionDecision",
  "commissionDecisionDate", "activities"
})
public abstract class ExitCase {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableExitCase.Builder builder() {
    return ImmutableExitCase.builder();
  }

  /** {@return the caller's identifier of the participant, echoed in the decision} */
  public abstract String participantId();

  /**
   * {@return the day of assessment: only days up to it count as done; it also selects the rule-set
   * version in force}
   */
  public abstract LocalDate assessmentDate();

  /**
   * The day the participant entered the PLIE pathway. Days of activity before it count for no route
   * (an activity begun before and still running counts from that day; a training or contrat aidé
   * signed before it does not count). Absent: nothing is excluded, and the decision says so in its
   * notes. Not after the assessment date.
   *
   * @return the first day of the pathway; absent when unknown
   */
  public abstract @Nullable LocalDate pathwayStartDate();

  /**
   * {@return the birth date, needed by the senior route only (age on the day six months are
   * completed); absent when unknown}
   */
  public abstract @Nullable LocalDate birthDate();

  /** {@return the entry/exit commission's decision on the senior route; absent while not taken} */
  public abstract @Nullable CommissionDecision commissionDecision();

  /** {@return the day of the commission's decision, informative: shown in the trace} */
  public abstract @Nullable LocalDate commissionDecisionDate();

  /**
   * {@return the participant's activities (contracts, trainings, business creation), at most {@link
   * InputLimits#MAX_ACTIVITIES}}
   */
  public abstract List<Activity> activities();

  /**
   * Validates the case as a whole (called by the builder).
   *
   * @throws InvalidInputException naming every field at fault
   */
  @Value.Check
  protected void check() {
    List<InputProblem> problems = new ArrayList<>();
    if (participantId().isBlank()) {
      problems.add(new InputProblem("participantId", "must not be blank"));
    }
    boolean assessmentInRange = InputLimits.checkDate(problems, "assessmentDate", assessmentDate());
    boolean birthInRange = InputLimits.checkDate(problems, "birthDate", birthDate());
    boolean commissionInRange =
        InputLimits.checkDate(problems, "commissionDecisionDate", commissionDecisionDate());
    boolean pathwayInRange = InputLimits.checkDate(problems, "pathwayStartDate", pathwayStartDate());
    if (assessmentInRange && pathwayInRange
        && pathwayStartDate() != null && pathwayStartDate().isAfter(assessmentDate())) {
      problems.add(new InputProblem("pathwayStartDate", "is after the assessment date"));
    }
    if (assessmentInRange && birthInRange
        && birthDate() != null && birthDate().isAfter(assessmentDate())) {
      problems.add(new InputProblem("birthDate",
          "is after the assessment date"));
    }
    if (commissionDecisionDate() != null && commissionDecision() == null) {
      problems.add(new InputProblem("commissionDecisionDate",
          "is given but commissionDecision is absent"));
    }
    if (assessmentInRange && commissionInRange
        && commissionDecisionDate() != null && commissionDecisionDate().isAfter(assessmentDate())) {
      problems.add(new InputProblem("commissionDecisionDate",
          "is after the assessment date"));
    }
    if (activities().size() > InputLimits.MAX_ACTIVITIES) {
      problems.add(new InputProblem("activities", activities().size() + " activities: an exit case"
          + " lists at most " + InputLimits.MAX_ACTIVITIES + " (split the pathway's history)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
