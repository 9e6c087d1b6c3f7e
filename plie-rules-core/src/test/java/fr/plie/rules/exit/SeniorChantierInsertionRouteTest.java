package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CHANTIER_INSERTION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.CommissionDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

/** Six months in the chantier from 2018-01-01 are completed on 2018-06-30. */
class SeniorChantierInsertionRouteTest {
  private static ExitDecision senior(String assessmentDate, String birthDate,
      CommissionDecision commission) {
    return decide(exitCase(assessmentDate)
        .birthDate(birthDate == null ? null : d(birthDate))
        .commissionDecision(commission)
        .commissionDecisionDate(commission == null ? null : d(assessmentDate))
        .addActivities(plain(CHANTIER_INSERTION, "2018-01-01", "2018-12-31")).build());
  }

  private static RouteAssessment route(ExitDecision decision) {
    return decision.route(ExitRoute.SENIOR_CHANTIER_INSERTION);
  }

  @Test
  void aged_55_on_2018_06_30_the_completion_day_awaits_the_commission() {
    ExitDecision decision = senior("2018-07-15", "1963-06-30", null);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.PENDING_COMMISSION);
    assertThat(route(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(route(decision).missingFacts()).containsExactly("commissionDecision");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.PENDING_COMMISSION);
    assertThat(decision.missingFacts()).containsExactly("commissionDecision");
  }

  @Test
  void aged_54_on_2018_06_30_turning_55_on_2018_07_01_is_never_a_positive_exit() {
    ExitDecision decision = senior("2018-07-15", "1963-07-01", null);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route(decision).reason()).contains("54 ans");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
  }

  @Test
  void aged_55_validated_by_the_commission_is_acquired_on_2018_06_30() {
    ExitDecision decision = senior("2018-07-15", "1960-01-01", CommissionDecision.VALIDATED);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(route(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(route(decision).reason()).contains("validée par la commission").contains("2018-07-15");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
  }

  @Test
  void aged_55_rejected_by_the_commission_is_not_met() {
    ExitDecision decision = senior("2018-07-15", "1960-01-01", CommissionDecision.REJECTED);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route(decision).reason()).contains("rejeté");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
  }

  @Test
  void on_2018_06_29_the_six_months_are_in_progress() {
    ExitDecision decision = senior("2018-06-29", "1960-01-01", null);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(route(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
  }

  @Test
  void on_2018_06_30_the_six_months_are_completed_and_await_the_commission() {
    assertThat(route(senior("2018-06-30", "1960-01-01", null)).status())
        .isEqualTo(RouteStatus.PENDING_COMMISSION);
  }

  @Test
  void a_contract_ending_2018_06_29_never_completes_six_months() {
    ExitDecision decision = decide(exitCase("2018-12-31").birthDate(d("1960-01-01"))
        .addActivities(plain(CHANTIER_INSERTION, "2018-01-01", "2018-06-29")).build());
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
  }

  @Test
  void unknown_birth_date_leaves_the_route_unknown() {
    ExitDecision decision = senior("2018-07-15", null, null);
    assertThat(route(decision).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(route(decision).missingFacts()).containsExactly("birthDate", "commissionDecision");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.UNDETERMINED);
  }

  @Test
  void born_on_1964_02_29_is_55_on_2019_02_28() {
    ExitDecision decision = decide(exitCase("2019-03-15").birthDate(d("1964-02-29"))
        .addActivities(plain(CHANTIER_INSERTION, "2018-09-01", null)).build());
    assertThat(route(decision).date()).isEqualTo(d("2019-02-28"));
    assertThat(route(decision).status()).isEqualTo(RouteStatus.PENDING_COMMISSION);
  }

  @Test
  void born_on_1964_02_29_is_still_54_on_2019_02_27() {
    // From 2018-08-29, 6 months are completed on 2019-02-27 (2019-02-29 clamps to 2019-02-28).
    ExitDecision decision = decide(exitCase("2019-03-15").birthDate(d("1964-02-29"))
        .addActivities(plain(CHANTIER_INSERTION, "2018-08-29", null)).build());
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route(decision).reason()).contains("54 ans le 2019-02-27");
  }

  // --- Renewed contracts (issue 8): one period in the job --------------------------------------

  private static ExitDecision renewed(String birthDate, CommissionDecision commission,
      String... startEnd) {
    var b = exitCase("2018-12-31").birthDate(d(birthDate)).commissionDecision(commission);
    for (int i = 0; i < startEnd.length; i += 2) {
      b.addActivities(plain(CHANTIER_INSERTION, startEnd[i], startEnd[i + 1]));
    }
    return decide(b.build());
  }

  @Test
  void two_contracts_renewed_without_interruption_complete_six_months_on_2018_06_30() {
    // Issue 8: 2018-01-01..04-30 then 05-01..10-31, born 1960, validated: no contract lasts six
    // months alone, the period does.
    ExitDecision decision = renewed("1960-01-01", CommissionDecision.VALIDATED,
        "2018-01-01", "2018-04-30", "2018-05-01", "2018-10-31");
    assertThat(route(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(route(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    // Every contract used is named.
    assertThat(route(decision).activitiesUsed()).containsExactly(
        ActivityReference.of(0, CHANTIER_INSERTION), ActivityReference.of(1, CHANTIER_INSERTION));
    assertThat(route(decision).reason())
        .contains("activities[0] (du 2018-01-01 au 2018-04-30) et activities[1] (du 2018-05-01 au"
            + " 2018-10-31), renouvelés sans interruption : 6 mois dans l'emploi depuis le"
            + " 2018-01-01, accomplis le 2018-06-30")
        .contains("a 58 ans le 2018-06-30");
  }

  @Test
  void a_day_without_contract_between_them_makes_two_periods_none_of_six_months() {
    // exit.chantier.renewalGapDays is 0: 2018-05-01 without a contract interrupts the period.
    ExitDecision decision = renewed("1960-01-01", CommissionDecision.VALIDATED,
        "2018-01-01", "2018-04-30", "2018-05-02", "2018-10-31");
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route(decision).reason()).contains("il manque");
  }

  @Test
  void a_renewal_starting_on_2018_04_30_overlapping_the_first_contract_continues_the_period() {
    ExitDecision decision = renewed("1960-01-01", CommissionDecision.VALIDATED,
        "2018-01-01", "2018-04-30", "2018-04-30", "2018-10-31");
    assertThat(route(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void three_contracts_count_as_one_period_and_the_age_is_checked_on_the_day_six_months_are_done() {
    // Turning 55 on 2018-07-01, the day after six months counted from 2018-01-01: not then. But
    // six months counted from the renewal of 2018-03-01 are completed on 2018-08-31, at 55.
    ExitDecision decision = renewed("1963-07-01", null,
        "2018-01-01", "2018-02-28", "2018-03-01", "2018-06-30", "2018-07-01", "2018-12-31");
    assertThat(route(decision).status()).isEqualTo(RouteStatus.PENDING_COMMISSION);
    assertThat(route(decision).date()).isEqualTo(d("2018-08-31"));
    assertThat(route(decision).activitiesUsed()).containsExactly(
        ActivityReference.of(1, CHANTIER_INSERTION), ActivityReference.of(2, CHANTIER_INSERTION));
    assertThat(route(decision).reason()).contains("a 55 ans le 2018-08-31");
  }

  @Test
  void under_55_on_every_day_six_months_are_completed_is_never_this_exception() {
    ExitDecision decision = renewed("1964-01-01", null,
        "2018-01-01", "2018-04-30", "2018-05-01", "2018-12-31");
    assertThat(route(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route(decision).reason()).contains("n'aura que 54 ans");
  }

  @Test
  void a_contract_begun_before_the_pathway_counts_from_the_pathway_start() {
    ExitDecision decision = decide(exitCase("2018-12-31").birthDate(d("1960-01-01"))
        .pathwayStartDate(d("2018-02-01"))
        .addActivities(plain(CHANTIER_INSERTION, "2017-10-01", "2018-04-30"),
            plain(CHANTIER_INSERTION, "2018-05-01", "2018-12-31")).build());
    assertThat(route(decision).status()).isEqualTo(RouteStatus.PENDING_COMMISSION);
    assertThat(route(decision).date()).isEqualTo(d("2018-07-31"));
    assertThat(route(decision).reason()).contains("depuis le 2018-02-01 (entrée dans le parcours)");
  }
}
