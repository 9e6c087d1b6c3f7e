package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CHANTIER_INSERTION;
import static org.assertj.core.api.Assertions.assertThat;

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
}
