package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligibleButNoPersonalDifficulty;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ImmutableEntryApplication;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * §I.C.1, second series: « situation familiale complexe (personnes seules avec enfants à charge,
 * notamment les femmes) OU personnes confrontées à des problèmes de mobilité ou de logement OU
 * personnes confrontées à des problèmes de santé/handicap (ne faisant pas l'objet d'un
 * accompagnement par CapEmploi) OU personnes sous mandat de justice ».
 */
@DisplayName("PERSONAL_SITUATION: family OR mobility OR housing OR (health AND NOT Cap Emploi) OR justice")
class PersonalSituationCriterionTest {

  private static CriterionAssessment personalSituation(ImmutableEntryApplication application) {
    return assess(application, Criterion.PERSONAL_SITUATION);
  }

  /** The four difficulties that count on their own, by input field. */
  static Stream<Arguments> difficultiesThatCountAlone() {
    return Stream.of(
        difficulty("complexFamilySituation", ImmutableEntryApplication::withComplexFamilySituation),
        difficulty("mobilityProblems", ImmutableEntryApplication::withMobilityProblems),
        difficulty("housingProblems", ImmutableEntryApplication::withHousingProblems),
        difficulty("underJusticeMandate", ImmutableEntryApplication::withUnderJusticeMandate));
  }

  private static Arguments difficulty(String field,
      BiFunction<ImmutableEntryApplication, Boolean, ImmutableEntryApplication> with) {
    return Arguments.of(field, with);
  }

  @ParameterizedTest(name = "{0} alone meets the criterion")
  @MethodSource("difficultiesThatCountAlone")
  void each_difficulty_alone_meets_the_criterion(String field,
      BiFunction<ImmutableEntryApplication, Boolean, ImmutableEntryApplication> with) {
    EntryDecision d = assess(with.apply(eligibleButNoPersonalDifficulty(), true));
    CriterionAssessment c = d.criterion(Criterion.PERSONAL_SITUATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.MET);
    assertThat(c.factsUsed()).containsOnlyKeys(field);
    assertThat(c.missingFacts()).isEmpty();
    assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
  }

  @ParameterizedTest(name = "{0} unknown, the others absent: unknown with {0} missing")
  @MethodSource("difficultiesThatCountAlone")
  void each_difficulty_unknown_while_the_others_are_absent_is_the_missing_fact(String field,
      BiFunction<ImmutableEntryApplication, Boolean, ImmutableEntryApplication> with) {
    EntryDecision d = assess(with.apply(eligibleButNoPersonalDifficulty(), null));
    CriterionAssessment c = d.criterion(Criterion.PERSONAL_SITUATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(c.missingFacts()).containsExactly(field);
    assertThat(d.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    assertThat(d.missingFacts()).containsExactly(field);
  }

  @Test
  void no_personal_difficulty_at_all_fails_the_criterion() {
    EntryDecision d = assess(eligibleButNoPersonalDifficulty());
    CriterionAssessment c = d.criterion(Criterion.PERSONAL_SITUATION);

    assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(c.factsUsed()).containsOnlyKeys("complexFamilySituation", "mobilityProblems",
        "housingProblems", "healthOrDisabilityProblems", "underJusticeMandate");
    assertThat(d.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
  }

  /**
   * Health or disability problems count only for a person not followed by Cap Emploi: every
   * combination of the two facts, each true, false or unknown (empty cell).
   */
  @ParameterizedTest(name = "health={0}, Cap Emploi={1} -> {2} (missing: {3})")
  @CsvSource(delimiter = '|', nullValues = "", value = {
      // health | capEmploi | status  | missing facts (space separated)
      "true     | false     | MET     | ",
      "true     | true      | NOT_MET | ",
      "true     |           | UNKNOWN | followedByCapEmploi",
      "false    | false     | NOT_MET | ",
      "false    | true      | NOT_MET | ",
      "false    |           | NOT_MET | ",
      "         | false     | UNKNOWN | healthOrDisabilityProblems",
      "         | true      | NOT_MET | ",
      "         |           | UNKNOWN | healthOrDisabilityProblems followedByCapEmploi"
  })
  void health_problems_count_only_without_cap_emploi(Boolean health, Boolean capEmploi,
      CriterionStatus expected, String missing) {
    CriterionAssessment c = personalSituation(eligibleButNoPersonalDifficulty()
        .withHealthOrDisabilityProblems(health).withFollowedByCapEmploi(capEmploi));

    assertThat(c.status()).isEqualTo(expected);
    List<String> expectedMissing = missing == null ? List.of() : Arrays.asList(missing.split(" "));
    assertThat(c.missingFacts()).containsExactlyInAnyOrderElementsOf(expectedMissing);
  }

  @Test
  void health_problems_of_a_person_followed_by_cap_emploi_cite_cap_emploi_as_the_reason() {
    CriterionAssessment c = personalSituation(eligibleButNoPersonalDifficulty()
        .withHealthOrDisabilityProblems(true).withFollowedByCapEmploi(true));

    assertThat(c.factsUsed()).containsKey("followedByCapEmploi");
    assertThat(c.reason()).contains("Cap Emploi");
  }

  @Test
  void health_problems_without_cap_emploi_use_both_facts() {
    CriterionAssessment c = personalSituation(eligibleButNoPersonalDifficulty()
        .withHealthOrDisabilityProblems(true).withFollowedByCapEmploi(false));

    assertThat(c.factsUsed()).containsOnlyKeys("healthOrDisabilityProblems", "followedByCapEmploi");
  }

  @Test
  void cap_emploi_does_not_cancel_another_difficulty() {
    CriterionAssessment c = personalSituation(eligibleButNoPersonalDifficulty()
        .withHousingProblems(true).withHealthOrDisabilityProblems(true).withFollowedByCapEmploi(true));

    assertThat(c.status()).isEqualTo(CriterionStatus.MET);
    assertThat(c.factsUsed()).containsOnlyKeys("housingProblems");
  }

  @Test
  void unknown_facts_do_not_matter_once_one_difficulty_is_known() {
    EntryDecision d = assess(eligibleButNoPersonalDifficulty()
        .withMobilityProblems(true).withComplexFamilySituation(null).withHousingProblems(null)
        .withHealthOrDisabilityProblems(null).withFollowedByCapEmploi(null)
        .withUnderJusticeMandate(null));

    assertThat(d.criterion(Criterion.PERSONAL_SITUATION).status()).isEqualTo(CriterionStatus.MET);
    assertThat(d.criterion(Criterion.PERSONAL_SITUATION).missingFacts()).isEmpty();
    assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    assertThat(d.missingFacts()).isEmpty();
  }

  @Test
  void nothing_known_of_the_personal_situation_lists_every_personal_fact() {
    CriterionAssessment c = personalSituation(eligibleButNoPersonalDifficulty()
        .withComplexFamilySituation(null).withMobilityProblems(null).withHousingProblems(null)
        .withHealthOrDisabilityProblems(null).withFollowedByCapEmploi(null)
        .withUnderJusticeMandate(null));

    assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(c.missingFacts()).containsExactlyInAnyOrder("complexFamilySituation",
        "mobilityProblems", "housingProblems", "healthOrDisabilityProblems", "followedByCapEmploi",
        "underJusticeMandate");
  }
}
