package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligible;
import static fr.plie.rules.criteria.Applications.rejectedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ImmutableEntryApplication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * §I.C.1, first series: « Personnes disposant de qualification/compétences insuffisantes ou
 * inadaptée au regard du marché du travail et/ou ne maîtrisant pas les compétences de base : •
 * sans activité professionnelle depuis plus d'une année inscrites ou non comme demandeuses
 * d'emploi auprès de Pôle Emploi OU • bénéficiaires de minimas sociaux relevant d'une orientation
 * socioprofessionnelle ».
 */
@DisplayName("LABOUR_MARKET: (qualification OR basic skills) AND (inactive > 1 year OR minima sociaux with orientation)")
class LabourMarketCriterionTest {

  private static CriterionAssessment labourMarket(ImmutableEntryApplication application) {
    return assess(application, Criterion.LABOUR_MARKET);
  }

  /** Baseline whose only way to meet the distance-from-employment part is the inactivity. */
  private static ImmutableEntryApplication lastWorked(LocalDate end, LocalDate assessed) {
    return eligible().withAssessmentDate(assessed).withLastProfessionalActivityEnd(end)
        .withMinimaSociaux(List.of()).withSocioProfessionalOrientation(false);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  @DisplayName("qualification/compétences insuffisantes … et/ou ne maîtrisant pas les compétences de base")
  class SkillsGap {
    @Test
    void insufficient_qualification_alone_is_enough() {
      CriterionAssessment c = labourMarket(
          eligible().withInsufficientQualification(true).withLacksBasicSkills(false));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.factsUsed()).containsKey("insufficientQualification")
          .doesNotContainKey("lacksBasicSkills");
    }

    @Test
    void lacking_basic_skills_alone_is_enough() {
      CriterionAssessment c = labourMarket(
          eligible().withInsufficientQualification(false).withLacksBasicSkills(true));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.factsUsed()).containsKey("lacksBasicSkills")
          .doesNotContainKey("insufficientQualification");
    }

    @Test
    void sufficient_qualification_and_basic_skills_mastered_fail_the_criterion_despite_long_inactivity() {
      CriterionAssessment c = labourMarket(
          eligible().withInsufficientQualification(false).withLacksBasicSkills(false));
      assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(c.factsUsed()).containsKeys("insufficientQualification", "lacksBasicSkills");
      assertThat(c.missingFacts()).isEmpty();
    }

    @Test
    void both_unknown_leave_the_criterion_unknown_with_both_facts_missing() {
      CriterionAssessment c = labourMarket(
          eligible().withInsufficientQualification(null).withLacksBasicSkills(null));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts())
          .containsExactlyInAnyOrder("insufficientQualification", "lacksBasicSkills");
    }

    @Test
    void an_unknown_qualification_does_not_matter_when_basic_skills_are_lacking() {
      EntryDecision d = assess(
          eligible().withInsufficientQualification(null).withLacksBasicSkills(true));
      assertThat(d.criterion(Criterion.LABOUR_MARKET).status()).isEqualTo(CriterionStatus.MET);
      assertThat(d.criterion(Criterion.LABOUR_MARKET).missingFacts()).isEmpty();
      assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
      assertThat(d.missingFacts()).isEmpty();
    }

    @Test
    void an_unknown_basic_skills_fact_matters_when_qualification_is_sufficient() {
      CriterionAssessment c = labourMarket(
          eligible().withInsufficientQualification(false).withLacksBasicSkills(null));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts()).containsExactly("lacksBasicSkills");
    }

    @Test
    void an_unknown_skills_gap_does_not_matter_when_the_second_part_is_known_to_fail() {
      EntryDecision d = assess(eligible().withInsufficientQualification(null)
          .withLacksBasicSkills(null).withLastProfessionalActivityEnd(date("2018-01-31")));
      assertThat(d.criterion(Criterion.LABOUR_MARKET).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(d.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
      assertThat(d.missingFacts()).isEmpty();
    }
  }

  @Nested
  @DisplayName("sans activité professionnelle depuis plus d'une année (12 months, strictly more)")
  class Inactivity {
    @Test
    void last_activity_ended_2017_03_01_is_exactly_one_year_before_2018_03_01_so_not_met() {
      CriterionAssessment c = labourMarket(lastWorked(date("2017-03-01"), date("2018-03-01")));
      assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(c.factsUsed()).containsKeys("lastProfessionalActivityEnd", "assessmentDate");
      assertThat(c.factsUsed().get("lastProfessionalActivityEnd").asText()).isEqualTo("2017-03-01");
      assertThat(c.reason()).contains("2017-03-01").contains("ne dépasse pas 12 mois");
    }

    @Test
    void last_activity_ended_2017_02_28_is_one_year_and_a_day_before_2018_03_01_so_met() {
      CriterionAssessment c = labourMarket(lastWorked(date("2017-02-28"), date("2018-03-01")));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.factsUsed()).containsKeys("lastProfessionalActivityEnd", "assessmentDate");
      assertThat(c.reason()).contains("plus de 12 mois");
    }

    @Test
    void last_activity_ended_2017_03_02_is_a_day_less_than_one_year_before_2018_03_01_so_not_met() {
      assertThat(labourMarket(lastWorked(date("2017-03-02"), date("2018-03-01"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void last_activity_ended_on_leap_day_2016_02_29_is_more_than_one_year_before_2018_01_01_so_met() {
      assertThat(labourMarket(lastWorked(date("2016-02-29"), date("2018-01-01"))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    /** 2020-02-29 + 12 months is 2021-02-28: on that day the inactivity is exactly one year. */
    @Test
    void last_activity_ended_on_leap_day_2020_02_29_is_exactly_one_year_before_2021_02_28_so_not_met() {
      assertThat(labourMarket(lastWorked(date("2020-02-29"), date("2021-02-28"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void last_activity_ended_on_leap_day_2020_02_29_is_more_than_one_year_before_2021_03_01_so_met() {
      assertThat(labourMarket(lastWorked(date("2020-02-29"), date("2021-03-01"))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    @Test
    void last_activity_ended_2019_02_28_is_one_year_and_a_day_before_leap_day_2020_02_29_so_met() {
      assertThat(labourMarket(lastWorked(date("2019-02-28"), date("2020-02-29"))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    @Test
    void last_activity_ended_2019_03_01_is_less_than_one_year_before_leap_day_2020_02_29_so_not_met() {
      assertThat(labourMarket(lastWorked(date("2019-03-01"), date("2020-02-29"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void an_activity_still_going_on_after_the_assessment_date_is_no_inactivity() {
      assertThat(labourMarket(lastWorked(date("2018-06-30"), date("2018-03-01"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    /**
     * Regression: end + 12 months overflowed LocalDate and the engine threw. Input dates now stop
     * at 2100-12-31 (InputLimits), so the last accepted day is the extreme to decide.
     */
    @Test
    void an_activity_ending_on_the_last_accepted_day_is_no_inactivity() {
      assertThat(labourMarket(lastWorked(date("2100-12-31"), date("2018-03-01"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(labourMarket(lastWorked(date("2100-12-30"), date("2100-12-31"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(labourMarket(lastWorked(date("2098-12-31"), date("2100-12-31"))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    @Test
    void the_last_representable_day_is_invalid_input_before_any_rule_runs() {
      assertThatThrownBy(() -> lastWorked(LocalDate.MAX, date("2018-03-01")))
          .isInstanceOf(fr.plie.rules.model.InvalidInputException.class)
          .hasMessageContaining("lastProfessionalActivityEnd");
    }

    @Test
    void a_person_who_never_worked_has_been_without_activity_for_more_than_one_year() {
      CriterionAssessment c = labourMarket(lastWorked(null, date("2018-03-01"))
          .withNeverWorked(true));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.factsUsed()).containsKey("neverWorked")
          .doesNotContainKey("lastProfessionalActivityEnd");
    }

    @Test
    void a_person_who_worked_without_an_end_date_leaves_the_criterion_unknown() {
      CriterionAssessment c = labourMarket(lastWorked(null, date("2018-03-01"))
          .withNeverWorked(false));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts()).containsExactly("lastProfessionalActivityEnd");
    }

    @Test
    void nothing_known_of_past_work_lists_both_never_worked_and_the_end_date() {
      CriterionAssessment c = labourMarket(lastWorked(null, date("2018-03-01"))
          .withNeverWorked(null));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts())
          .containsExactlyInAnyOrder("neverWorked", "lastProfessionalActivityEnd");
    }

    @Test
    void an_old_end_date_is_enough_without_knowing_never_worked() {
      CriterionAssessment c = labourMarket(lastWorked(date("2016-06-30"), date("2018-03-01"))
          .withNeverWorked(null));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.missingFacts()).isEmpty();
    }

    @Test
    void never_worked_together_with_an_end_of_activity_is_invalid_input() {
      assertThat(rejectedFields(() -> eligible().withNeverWorked(true)))
          .containsExactly("lastProfessionalActivityEnd");
    }

    /** « inscrites ou non comme demandeuses d'emploi auprès de Pôle Emploi »: informative only. */
    @Test
    void registration_with_pole_emploi_changes_nothing() {
      for (ImmutableEntryApplication base : List.of(
          lastWorked(date("2017-03-01"), date("2018-03-01")),
          lastWorked(date("2017-02-28"), date("2018-03-01")),
          lastWorked(null, date("2018-03-01")))) {
        CriterionAssessment registered = labourMarket(base.withRegisteredWithPoleEmploi(true));
        for (Boolean registration : new Boolean[] {false, null}) {
          CriterionAssessment other = labourMarket(base.withRegisteredWithPoleEmploi(registration));
          assertThat(other.status()).isEqualTo(registered.status());
          assertThat(other.missingFacts()).isEqualTo(registered.missingFacts());
          assertThat(other.factsUsed()).doesNotContainKey("registeredWithPoleEmploi");
        }
      }
    }
  }

  @Nested
  @DisplayName("bénéficiaires de minimas sociaux relevant d'une orientation socioprofessionnelle")
  class MinimaSociauxWithOrientation {
    /** Recently out of work: the inactivity part fails, only the benefits part can meet. */
    private ImmutableEntryApplication recentlyOutOfWork() {
      return eligible().withLastProfessionalActivityEnd(date("2018-01-31"));
    }

    @ParameterizedTest(name = "{0} with an orientation meets the criterion")
    @ValueSource(strings = {"RSA", "ASS", "AAH"})
    void a_benefit_with_a_socio_professional_orientation_meets_the_criterion(String benefit) {
      CriterionAssessment c = labourMarket(recentlyOutOfWork()
          .withMinimaSociaux(List.of(benefit)).withSocioProfessionalOrientation(true));
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.factsUsed()).containsKeys("minimaSociaux", "socioProfessionalOrientation");
      assertThat(c.reason()).contains(benefit);
    }

    @Test
    void a_benefit_without_an_orientation_does_not_meet_the_criterion() {
      CriterionAssessment c = labourMarket(recentlyOutOfWork()
          .withMinimaSociaux(List.of("RSA")).withSocioProfessionalOrientation(false));
      assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void an_orientation_without_any_benefit_does_not_meet_the_criterion() {
      CriterionAssessment c = labourMarket(recentlyOutOfWork()
          .withMinimaSociaux(List.of()).withSocioProfessionalOrientation(true));
      assertThat(c.status()).isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void a_benefit_with_an_unknown_orientation_leaves_the_orientation_missing() {
      CriterionAssessment c = labourMarket(recentlyOutOfWork()
          .withMinimaSociaux(List.of("RSA")).withSocioProfessionalOrientation(null));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts()).containsExactly("socioProfessionalOrientation");
    }

    @Test
    void an_orientation_with_unknown_benefits_leaves_the_benefits_missing() {
      CriterionAssessment c = labourMarket(recentlyOutOfWork()
          .withMinimaSociaux((List<String>) null).withSocioProfessionalOrientation(true));
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts()).containsExactly("minimaSociaux");
    }

    @Test
    void unknown_inactivity_and_unknown_benefits_are_all_listed_when_qualification_is_insufficient() {
      EntryDecision d = assess(eligible().withInsufficientQualification(true)
          .withNeverWorked(null).withLastProfessionalActivityEnd(null)
          .withMinimaSociaux((List<String>) null).withSocioProfessionalOrientation(null));
      CriterionAssessment c = d.criterion(Criterion.LABOUR_MARKET);
      assertThat(c.status()).isEqualTo(CriterionStatus.UNKNOWN);
      assertThat(c.missingFacts()).containsExactlyInAnyOrder("neverWorked",
          "lastProfessionalActivityEnd", "minimaSociaux", "socioProfessionalOrientation");
      assertThat(d.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
      assertThat(d.missingFacts()).containsExactlyInAnyOrder("neverWorked",
          "lastProfessionalActivityEnd", "minimaSociaux", "socioProfessionalOrientation");
    }

    @Test
    void unknown_benefits_are_not_listed_when_the_inactivity_already_meets_the_criterion() {
      EntryDecision d = assess(eligible().withLastProfessionalActivityEnd(date("2016-06-30"))
          .withMinimaSociaux((List<String>) null).withSocioProfessionalOrientation(null));
      CriterionAssessment c = d.criterion(Criterion.LABOUR_MARKET);
      assertThat(c.status()).isEqualTo(CriterionStatus.MET);
      assertThat(c.missingFacts()).isEmpty();
      assertThat(c.factsUsed()).doesNotContainKeys("minimaSociaux", "socioProfessionalOrientation");
      assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
      assertThat(d.missingFacts()).isEmpty();
    }

    @Test
    void unknown_inactivity_is_not_listed_when_benefits_with_orientation_already_meet_the_criterion() {
      EntryDecision d = assess(eligible().withNeverWorked(null).withLastProfessionalActivityEnd(null)
          .withMinimaSociaux(List.of("RSA")).withSocioProfessionalOrientation(true));
      assertThat(d.criterion(Criterion.LABOUR_MARKET).status()).isEqualTo(CriterionStatus.MET);
      assertThat(d.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
      assertThat(d.missingFacts()).isEmpty();
    }

    @Test
    void a_lower_case_benefit_code_is_invalid_input_naming_its_position() {
      assertThat(rejectedFields(() -> eligible().withMinimaSociaux(List.of("RSA", "rsa"))))
          .containsExactly("minimaSociaux[1]");
    }
  }
}
