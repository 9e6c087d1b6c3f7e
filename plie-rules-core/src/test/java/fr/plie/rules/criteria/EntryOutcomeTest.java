package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligible;
import static fr.plie.rules.criteria.Applications.rejection;
import static fr.plie.rules.criteria.Applications.rejectedFields;
import static fr.plie.rules.criteria.Applications.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.PlieJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome over the five criteria, in three-valued logic: ELIGIBLE when all five are met,
 * NOT_ELIGIBLE as soon as one is not met (a known failure wins over missing facts), otherwise
 * UNDETERMINED with the missing facts that could change the outcome, and only those.
 */
@DisplayName("Outcome: precedence of a known failure, and exactly the missing facts that matter")
class EntryOutcomeTest {

  /** The baseline without one field, as if the caller had left it out of the JSON. */
  private static EntryApplication without(EntryApplication application, String field) {
    ObjectNode json = PlieJson.toTree(application);
    assertThat(json.has(field)).as("baseline has %s", field).isTrue();
    json.remove(field);
    return PlieJson.fromTree(json, EntryApplication.class);
  }

  @Test
  void all_five_criteria_met_is_eligible_with_no_missing_fact() {
    EntryDecision d = assess(eligible());

    assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    assertThat(d.criteria()).extracting(c -> c.status()).containsOnly(CriterionStatus.MET);
    assertThat(d.criteria()).extracting(c -> c.id()).containsExactly(Criterion.values());
    assertThat(d.missingFacts()).isEmpty();
  }

  /**
   * Each fact of the fully known baseline left out alone: either the outcome stays ELIGIBLE (the
   * fact is informative, or another known fact already settles its condition) or it becomes
   * UNDETERMINED with exactly that fact missing.
   */
  @ParameterizedTest(name = "without {0}: {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "", value = {
      // left out                  | outcome      | missing facts
      "birthDate                   | ELIGIBLE     | ",
      "residenceInseeCode          | UNDETERMINED | residenceInseeCode",
      "workAuthorization           | UNDETERMINED | workAuthorization",
      "wantsIntegratedPathway      | UNDETERMINED | wantsIntegratedPathway",
      "insufficientQualification   | UNDETERMINED | insufficientQualification",
      // basic skills would only matter if qualification were sufficient; it is insufficient
      "lacksBasicSkills            | ELIGIBLE     | ",
      // the end of the last activity (2016-06-30) already shows more than a year without work
      "neverWorked                 | ELIGIBLE     | ",
      "lastProfessionalActivityEnd | UNDETERMINED | lastProfessionalActivityEnd",
      // « inscrites ou non » : informative
      "registeredWithPoleEmploi    | ELIGIBLE     | ",
      // the inactivity already meets the second part of the labour-market series
      "minimaSociaux               | ELIGIBLE     | ",
      "socioProfessionalOrientation| ELIGIBLE     | ",
      "complexFamilySituation      | UNDETERMINED | complexFamilySituation",
      // the complex family situation already meets the personal-situation series
      "mobilityProblems            | ELIGIBLE     | ",
      "housingProblems             | ELIGIBLE     | ",
      "healthOrDisabilityProblems  | ELIGIBLE     | ",
      "followedByCapEmploi         | ELIGIBLE     | ",
      "underJusticeMandate         | ELIGIBLE     | "
  })
  void each_fact_left_out_alone_is_listed_if_and_only_if_it_could_change_the_outcome(
      String field, EntryOutcome expected, String missing) {
    EntryDecision d = assess(without(eligible(), field));

    assertThat(d.outcome()).isEqualTo(expected);
    assertThat(d.missingFacts()).containsExactlyElementsOf(
        missing == null ? List.of() : List.of(missing));
  }

  @Test
  void a_known_failure_wins_over_missing_facts_and_then_no_fact_is_listed() {
    EntryDecision d = assess(eligible().withWorkAuthorization(false)
        .withResidenceInseeCode(null).withWantsIntegratedPathway(null)
        .withComplexFamilySituation(null));

    assertThat(d.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
    assertThat(d.missingFacts()).isEmpty();
    // The criteria themselves still say what they lack.
    assertThat(d.criterion(Criterion.TERRITORY).status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(d.criterion(Criterion.TERRITORY).missingFacts()).containsExactly("residenceInseeCode");
    assertThat(d.criterion(Criterion.WORK_AUTHORIZATION).status())
        .isEqualTo(CriterionStatus.NOT_MET);
  }

  @Test
  void a_failure_of_the_last_criterion_wins_too() {
    EntryDecision d = assess(eligible().withResidenceInseeCode(null)
        .withComplexFamilySituation(false));

    assertThat(d.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
    assertThat(d.missingFacts()).isEmpty();
  }

  @Test
  void missing_facts_of_several_unknown_criteria_are_all_listed_once() {
    EntryDecision d = assess(eligible().withResidenceInseeCode(null)
        .withWantsIntegratedPathway(null).withInsufficientQualification(null)
        .withComplexFamilySituation(null));

    assertThat(d.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    // lacksBasicSkills is known (false) in the baseline: only the qualification is missing.
    assertThat(d.missingFacts()).containsExactlyInAnyOrder("residenceInseeCode",
        "wantsIntegratedPathway", "insufficientQualification", "complexFamilySituation");
    assertThat(d.criterion(Criterion.WORK_AUTHORIZATION).status()).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void the_decision_missing_facts_are_the_union_of_the_unknown_criteria_missing_facts() {
    EntryDecision d = assess(EntryApplication.builder()
        .participantId("EMPTY").assessmentDate(LocalDate.of(2018, 3, 1)).build());

    assertThat(d.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    assertThat(d.criteria()).extracting(c -> c.status()).containsOnly(CriterionStatus.UNKNOWN);
    assertThat(d.missingFacts()).doesNotHaveDuplicates().containsExactlyInAnyOrder(
        "residenceInseeCode", "workAuthorization", "wantsIntegratedPathway",
        "insufficientQualification", "lacksBasicSkills", "neverWorked",
        "lastProfessionalActivityEnd", "minimaSociaux", "socioProfessionalOrientation",
        "complexFamilySituation", "mobilityProblems", "housingProblems",
        "healthOrDisabilityProblems", "followedByCapEmploi", "underJusticeMandate");
    assertThat(d.missingFacts()).doesNotContain("birthDate", "registeredWithPoleEmploi");
    assertThat(d.criteria().stream().flatMap(c -> c.missingFacts().stream()))
        .containsExactlyInAnyOrderElementsOf(d.missingFacts());
  }

  @Test
  void an_assessment_date_before_2018_01_01_is_covered_by_no_rule_set_version() {
    var e = rejection(() -> assess(eligible().withAssessmentDate(LocalDate.of(2017, 12, 31))));

    assertThat(e.problems()).extracting(p -> p.field()).containsExactly("assessmentDate");
    // The versions and their dates, not the input's date (input values stay out of messages).
    assertThat(e.getMessage()).doesNotContain("2017-12-31").contains("2018.1 from 2018-01-01");
  }

  @Test
  void the_first_day_of_the_2018_1_rule_set_is_decided_by_it() {
    EntryDecision d = assess(eligible().withAssessmentDate(LocalDate.of(2018, 1, 1)));

    assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    assertThat(d.ruleSet().version()).isEqualTo("2018.1");
  }

  @Test
  void a_birth_date_after_the_assessment_date_is_invalid_input() {
    assertThat(rejectedFields(() -> eligible().withBirthDate(Applications.ASSESSED.plusDays(1))))
        .containsExactly("birthDate");
  }

  @Test
  void a_blank_participant_id_is_invalid_input() {
    assertThat(rejectedFields(() -> eligible().withParticipantId("  ")))
        .containsExactly("participantId");
  }

  @Test
  void every_problem_of_an_input_is_named_at_once() {
    assertThat(rejectedFields(() -> EntryApplication.builder().participantId("")
        .assessmentDate(LocalDate.of(2018, 3, 1)).birthDate(LocalDate.of(2019, 1, 1))
        .residenceInseeCode("2100").neverWorked(true)
        .lastProfessionalActivityEnd(LocalDate.of(2017, 1, 1)).build()))
        .containsExactlyInAnyOrder("participantId", "residenceInseeCode", "birthDate",
            "lastProfessionalActivityEnd");
  }

  @Test
  void a_version_pinned_by_the_caller_decides_even_outside_its_validity_and_says_so() {
    EntryDecision d = rules().version("2018.1")
        .assessEntry(eligible().withAssessmentDate(LocalDate.of(2017, 12, 31)));

    assertThat(d.ruleSet().version()).isEqualTo("2018.1");
    assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("2018.1").contains("2017-12-31"));
    assertThat(d.criteria()).hasSize(5);
    // The 12-month threshold is in force from 2018-01-01 only: the inactivity cannot be judged.
    assertThat(d.criterion(Criterion.LABOUR_MARKET).status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(d.explanation()).contains("Note : ");
  }

  @Test
  void an_unknown_version_is_refused_naming_the_available_ones() {
    assertThatThrownBy(() -> rules().version("1999.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999.1").hasMessageContaining("2018.1");
  }

  @Test
  void the_shipped_versions_start_with_2018_1_from_2018_01_01() {
    assertThat(rules().versions()).isNotEmpty();
    assertThat(rules().versions().get(0).id()).isEqualTo("plie-dijon");
    assertThat(rules().versions().get(0).version()).isEqualTo("2018.1");
    assertThat(rules().versions().get(0).validFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(rules().versions().get(0).validTo()).isEqualTo(LocalDate.of(2019, 2, 27));
  }

  @Test
  void the_same_facts_give_the_same_outcome_whether_or_not_the_version_is_pinned() {
    EntryDecision free = assess(eligible().withResidenceInseeCode(null));
    EntryDecision pinned = rules().version("2018.1").assessEntry(eligible().withResidenceInseeCode(null));

    assertThat(pinned).isEqualTo(free);
    assertThat(pinned.notes()).isEmpty();
  }
}
