package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableCriterionAssessment;
import fr.plie.rules.model.ImmutableEntryApplication;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.model.ImmutableExitDecision;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.RouteAssessment;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pseudonymised form of a decision record, once its participant id has been replaced by a
 * pseudonym (see {@code Pseudonymiser}): what it keeps is documented in the README, "Decision
 * records". Minimising needs no key and leaves a pseudonymised record as it is, so a replay
 * re-decides the record's embedded input and minimises the result the same way before comparing
 * (docs/records.md, "Replay").
 */
public final class Pseudonymisation {
  /**
   * Entry facts of GDPR special categories: health and disability (art. 9), the Cap Emploi
   * support that implies a disability (art. 9), a justice mandate (art. 10), and the minimum
   * social benefits, whose codes can reveal a disability (AAH) and which the call for projects
   * treats as a marker of exclusion. Kept in the embedded input only when a criterion relied on
   * them; never repeated in a reason, the explanation or {@code factsUsed}.
   */
  public static final Set<String> SPECIAL_CATEGORY_FACTS = Set.of(
      "healthOrDisabilityProblems", "followedByCapEmploi", "underJusticeMandate", "minimaSociaux");

  /** The only route of §I.C.2 that reads the age: every chantier contract it examines is aged. */
  private static final ExitRoute AGE_ROUTE = ExitRoute.SENIOR_CHANTIER_INSERTION;

  private Pseudonymisation() {}

  /** The reason written instead of one that relied on a special-category fact. */
  static String withheldReason(CriterionStatus status) {
    String verdict = switch (status) {
      case MET -> "Critère rempli.";
      case NOT_MET -> "Critère non rempli.";
      case UNKNOWN -> "Critère inconnu.";
    };
    return verdict + " Le motif n'est pas reproduit dans la forme pseudonymisée : il repose sur des"
        + " données de catégorie particulière (RGPD, art. 9 et 10).";
  }

  /** The pseudonymised form of a record whose participant id is already a pseudonym. */
  @SuppressWarnings("unchecked")
  public static <D extends DecisionRecord> D minimise(D record) {
    if (record.form() == RecordForm.PSEUDONYMISED) {
      // Its factsUsed no longer name the special-category facts it kept: minimise once only.
      return record;
    }
    if (record instanceof EntryDecision entry) {
      return (D) minimise(entry);
    }
    if (record instanceof ExitDecision exit) {
      return (D) minimise(exit);
    }
    throw new IllegalArgumentException("not a decision record: " + record.getClass().getSimpleName());
  }

  static EntryDecision minimise(EntryDecision d) {
    Set<String> used = new HashSet<>();
    d.criteria().forEach(c -> used.addAll(c.factsUsed().keySet()));
    EntryApplication a = d.application();
    ImmutableEntryApplication application = ImmutableEntryApplication.copyOf(a)
        .withParticipantId(d.participantId())
        // §I.C.1 has no age criterion: the birth date is never used, so it is never kept.
        .withBirthDate(used.contains("birthDate") ? a.birthDate() : null)
        .withHealthOrDisabilityProblems(keep(used, "healthOrDisabilityProblems", a.healthOrDisabilityProblems()))
        .withFollowedByCapEmploi(keep(used, "followedByCapEmploi", a.followedByCapEmploi()))
        .withUnderJusticeMandate(keep(used, "underJusticeMandate", a.underJusticeMandate()))
        .withMinimaSociaux(used.contains("minimaSociaux") ? a.minimaSociaux() : null);
    List<CriterionAssessment> criteria = d.criteria().stream()
        .map(Pseudonymisation::minimise)
        .toList();
    ImmutableEntryDecision draft = ImmutableEntryDecision.copyOf(d)
        .withForm(RecordForm.PSEUDONYMISED)
        .withSignature(null)
        .withCriteria(criteria)
        .withApplication(application);
    return draft.withExplanation(Explanations.entry(draft));
  }

  private static CriterionAssessment minimise(CriterionAssessment c) {
    boolean special = c.factsUsed().keySet().stream().anyMatch(SPECIAL_CATEGORY_FACTS::contains);
    Map<String, JsonNode> facts = new LinkedHashMap<>();
    c.factsUsed().forEach((name, value) -> {
      if (!SPECIAL_CATEGORY_FACTS.contains(name)) {
        facts.put(name, value);
      }
    });
    return ImmutableCriterionAssessment.copyOf(c)
        .withFactsUsed(facts)
        .withReason(special ? withheldReason(c.status()) : c.reason());
  }

  static ExitDecision minimise(ExitDecision d) {
    boolean ageUsed = false;
    for (RouteAssessment r : d.routes()) {
      ageUsed |= r.factsUsed().containsKey("birthDate")
          || (r.route() == AGE_ROUTE && !r.activitiesUsed().isEmpty());
    }
    ExitCase c = d.exitCase();
    List<Activity> activities = c.activities().stream()
        .map(a -> (Activity) ImmutableActivity.copyOf(a).withEmployer(null))
        .toList();
    ImmutableExitCase exitCase = ImmutableExitCase.copyOf(c)
        .withParticipantId(d.participantId())
        .withBirthDate(ageUsed ? c.birthDate() : null)
        .withActivities(activities);
    ImmutableExitDecision draft = ImmutableExitDecision.copyOf(d)
        .withForm(RecordForm.PSEUDONYMISED)
        .withSignature(null)
        .withExitCase(exitCase);
    return draft.withExplanation(Explanations.exit(draft));
  }

  private static Boolean keep(Set<String> used, String fact, Boolean value) {
    return used.contains(fact) ? value : null;
  }
}
