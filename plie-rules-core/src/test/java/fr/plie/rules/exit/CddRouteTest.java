package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.activity;
import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.model.ActivityType.CDD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CddRouteTest {
  private static RouteAssessment cdd(ExitDecision decision) {
    return decision.route(ExitRoute.CDD);
  }

  private static ExitDecision partTimeCdd(String hours, Boolean agreed, String assessmentDate) {
    return decide(exitCase(assessmentDate).addActivities(
        activity(CDD, "2018-01-01", "2018-12-31").weeklyHours(new BigDecimal(hours))
            .participantAgreedToFewerHours(agreed).build()).build());
  }

  @Test
  void cdd_from_2018_01_01_is_in_progress_on_2018_06_29() {
    assertThat(cdd(partTimeCdd("35", null, "2018-06-29")).status()).isEqualTo(RouteStatus.IN_PROGRESS);
  }

  @Test
  void cdd_from_2018_01_01_is_acquired_on_2018_06_30() {
    ExitDecision decision = partTimeCdd("35", null, "2018-06-30");
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdd_from_2018_01_01_is_acquired_on_2018_06_30_when_assessed_on_2018_07_01() {
    ExitDecision decision = partTimeCdd("35", null, "2018-07-01");
    assertThat(cdd(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdd_of_17_5_hours_counts_without_agreement() {
    assertThat(cdd(partTimeCdd("17.5", false, "2018-07-01")).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd(partTimeCdd("17.50", null, "2018-07-01")).status()).isEqualTo(RouteStatus.ACQUIRED);
  }

  @Test
  void cdd_of_17_4_hours_counts_only_with_agreement() {
    assertThat(cdd(partTimeCdd("17.4", true, "2018-07-01")).status()).isEqualTo(RouteStatus.ACQUIRED);
    ExitDecision refused = partTimeCdd("17.4", false, "2018-07-01");
    assertThat(cdd(refused).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(cdd(refused).reason()).contains("sans l'accord du participant");
    assertThat(refused.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
  }

  @Test
  void cdd_of_17_4_hours_with_agreement_unknown_makes_its_contribution_unknown() {
    ExitDecision decision = partTimeCdd("17.4", null, "2018-07-01");
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(cdd(decision).missingFacts()).containsExactly("activities[0].participantAgreedToFewerHours");
    assertThat(cdd(decision).date()).isNull();
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.UNDETERMINED);
  }

  @Test
  void successive_cdds_cumulate_and_a_refused_part_time_one_is_left_out() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDD, "2018-01-01", "2018-03-31", "35"),
        activity(CDD, "2018-04-01", "2018-05-31").weeklyHours(new BigDecimal("10"))
            .participantAgreedToFewerHours(false).build(),
        job(CDD, "2018-06-01", "2018-07-12", "28")).build());
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    // 90 days (2018-01-01 to 2018-03-31) and 42 (2018-06-01 to 2018-07-12): 132; the six months
    // ending on 2018-07-12 count 181 days.
    assertThat(cdd(decision).reason())
        .contains("les CDD cumulent au mieux 132 jours de travail sur les 12 mois glissants qui"
            + " s'achèvent le 2018-07-12")
        .contains("quand 6 mois font 181 jours ce jour-là : il manque 49 jours.");
  }

  @Test
  void successive_cdds_without_a_gap_count_as_one_uninterrupted_episode() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDD, "2018-01-31", "2018-04-30", "35"),
        job(CDD, "2018-05-01", "2018-07-30", "35")).build());
    // 2018-01-31 + 6 months is 2018-07-31: completed on 2018-07-30, as for a single contract.
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd(decision).date()).isEqualTo(d("2018-07-30"));
    assertThat(cdd(decision).activitiesUsed())
        .containsExactly(ActivityReference.of(0, CDD), ActivityReference.of(1, CDD));
  }

  @Test
  void separate_contracts_add_up_their_days_worked() {
    // 105 days (2018-01-01 to 2018-04-15) and 76 (2018-06-01 to 2018-08-15): 181, as many as
    // the days of the six months ending on 2018-08-15 (2018-02-16 to 2018-08-15).
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDD, "2018-01-01", "2018-04-15", "35"),
        job(CDD, "2018-06-01", "2018-08-15", "35")).build());
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd(decision).date()).isEqualTo(d("2018-08-15"));
  }

  @Test
  void separate_contracts_one_day_short_on_2018_08_14() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        job(CDD, "2018-01-01", "2018-04-15", "35"),
        job(CDD, "2018-06-01", "2018-08-14", "35")).build());
    assertThat(cdd(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(cdd(decision).reason()).contains("180 jours de travail")
        .contains("quand 6 mois font 181 jours ce jour-là : il manque 1 jour.");
  }

  @Test
  void the_issue_s_three_cdds_one_day_short_then_one_more_day_worked() {
    // Issue 8, case M1: 43 + 59 + 79 = 181 days by 2019-06-01, when the six months ending that
    // day (2018-12-02 to 2019-06-01) have 182. Revision 1 said POSITIVE on 2019-05-31 here, and
    // NOT_POSITIVE once the first CDD was one day longer; now one more day of work can only help.
    ExitDecision asRecorded = decide(exitCase("2019-06-30").participantId("M1").addActivities(
        job(CDD, "2018-11-28", "2019-01-09", "35"),
        job(CDD, "2019-01-11", "2019-03-10", "35"),
        job(CDD, "2019-03-15", "2019-06-01", "35")).build());
    ExitDecision oneMoreDay = decide(exitCase("2019-06-30").participantId("M1").addActivities(
        job(CDD, "2018-11-28", "2019-01-10", "35"),
        job(CDD, "2019-01-11", "2019-03-10", "35"),
        job(CDD, "2019-03-15", "2019-06-01", "35")).build());
    assertThat(asRecorded.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    assertThat(cdd(asRecorded).reason()).contains("181 jours de travail")
        .contains("6 mois font 182 jours ce jour-là : il manque 1 jour.");
    assertThat(oneMoreDay.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(oneMoreDay.positiveExitDate()).isEqualTo(d("2019-06-01"));
    assertThat(cdd(oneMoreDay).activitiesUsed()).containsExactly(ActivityReference.of(0, CDD),
        ActivityReference.of(1, CDD), ActivityReference.of(2, CDD));
  }
}
