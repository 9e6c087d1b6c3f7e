package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CDD;
import static fr.plie.rules.model.ActivityType.INTERIM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

class InterimRouteTest {
  private static RouteAssessment interim(ExitDecision decision) {
    return decision.route(ExitRoute.INTERIM);
  }

  @Test
  void one_mission_from_2018_01_01_is_in_progress_on_2018_06_29() {
    ExitDecision decision = decide(exitCase("2018-06-29")
        .addActivities(plain(INTERIM, "2018-01-01", null)).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(interim(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void one_uninterrupted_mission_from_2018_01_01_is_acquired_on_2018_06_30_like_a_cdi() {
    ExitDecision decision = decide(exitCase("2018-06-30")
        .addActivities(plain(INTERIM, "2018-01-01", "2018-06-30")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void one_mission_ending_2018_06_29_is_not_met_when_assessed_on_2018_07_01() {
    ExitDecision decision = decide(exitCase("2018-07-01")
        .addActivities(plain(INTERIM, "2018-01-01", "2018-06-29")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    // The shortest six months completed on 2018-06-29 run from 2017-12-31 (+ 6 months is
    // 2018-06-30, clamped): 181 days; 180 were worked.
    assertThat(interim(decision).reason())
        .contains("cumulent au mieux 180 jours de travail sur les 12 mois glissants qui s'achèvent le 2018-06-29")
        .contains("quand 6 mois font 181 jours ce jour-là : il manque 1 jour");
  }

  @Test
  void overlapping_missions_count_each_day_once() {
    // January to March and March to April: 120 days (2018-01-01 to 2018-04-30), not 151.
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-03-01", "2018-04-30")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(decision).reason()).contains("cumulent au mieux 120 jours de travail");
  }

  @Test
  void overlapping_missions_reaching_six_months_are_acquired_on_2018_06_30() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        plain(INTERIM, "2018-03-01", "2018-06-30"),
        plain(INTERIM, "2018-01-01", "2018-04-15")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(interim(decision).activitiesUsed())
        .containsExactly(ActivityReference.of(0, INTERIM), ActivityReference.of(1, INTERIM));
  }

  @Test
  void missions_of_184_days_in_the_window_2018_01_01_to_2018_12_31_are_acquired_on_2018_12_31() {
    // 90 days (January to March) and 94 (2018-09-29 to 2018-12-31): as many as the 184 days of
    // the six months ending on 2018-12-31 (2018-07-01 to 2018-12-31).
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-09-29", "2018-12-31")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(decision).date()).isEqualTo(d("2018-12-31"));
    assertThat(interim(decision).reason()).contains("184 jours de travail sur les 12 mois glissants"
        + " commençant le 2018-01-01, au moins autant que les 184 jours de 6 mois ce jour-là");
  }

  @Test
  void second_mission_ending_2018_12_30_leaves_the_window_one_day_short() {
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-09-29", "2018-12-30")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(decision).reason()).contains("183 jours de travail")
        .contains("quand 6 mois font 184 jours ce jour-là : il manque 1 jour.");
  }

  @Test
  void three_calendar_months_twice_are_182_days_short_of_the_184_of_the_six_months_ending_2018_12_31() {
    // January to March (90 days) and October to December (92 days): 182 days, while the six
    // months ending on 2018-12-31 have 184. Revision 1 counted 3 months + 3 months = 6 months.
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-10-01", "2018-12-31")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(decision).reason()).contains("il manque 2 jours");
  }

  @Test
  void second_mission_shifted_to_2018_09_30_to_2019_01_01_falls_out_of_the_window() {
    // The window that reaches 2019-01-01 starts on 2018-01-02 and loses the first day: 183 days.
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-09-30", "2019-01-01")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
  }

  @Test
  void the_window_slides_missions_of_2018_05_and_2019_are_counted_together() {
    ExitDecision decision = decide(exitCase("2019-06-30").addActivities(
        plain(INTERIM, "2017-01-01", "2017-02-28"),
        plain(INTERIM, "2018-05-01", "2018-07-31"),
        plain(INTERIM, "2019-01-01", "2019-03-31")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(decision).date()).isEqualTo(d("2019-03-31"));
    assertThat(interim(decision).activitiesUsed())
        .containsExactly(ActivityReference.of(1, INTERIM), ActivityReference.of(2, INTERIM));
  }

  @Test
  void the_issue_s_three_missions_one_day_short_then_one_more_day_worked() {
    // Issue 8, case M1 as missions: 43 + 59 + 79 = 181 days by 2019-06-01, when six months
    // (2018-12-02 to 2019-06-01) have 182. Revision 1 said POSITIVE on 2019-05-31 here, and
    // NOT_POSITIVE once the first mission was one day longer.
    ExitDecision asRecorded = decide(exitCase("2019-06-30").participantId("M1").addActivities(
        plain(INTERIM, "2018-11-28", "2019-01-09"),
        plain(INTERIM, "2019-01-11", "2019-03-10"),
        plain(INTERIM, "2019-03-15", "2019-06-01")).build());
    ExitDecision oneMoreDay = decide(exitCase("2019-06-30").participantId("M1").addActivities(
        plain(INTERIM, "2018-11-28", "2019-01-10"),
        plain(INTERIM, "2019-01-11", "2019-03-10"),
        plain(INTERIM, "2019-03-15", "2019-06-01")).build());
    assertThat(interim(asRecorded).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(asRecorded).reason()).contains("181 jours de travail")
        .contains("6 mois font 182 jours ce jour-là : il manque 1 jour.");
    assertThat(asRecorded.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    assertThat(interim(oneMoreDay).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(oneMoreDay).date()).isEqualTo(d("2019-06-01"));
    assertThat(oneMoreDay.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(oneMoreDay.positiveExitDate()).isEqualTo(d("2019-06-01"));
  }

  @Test
  void interim_and_cdd_days_are_not_added_together() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        job(CDD, "2018-04-01", "2018-06-30", "35")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(decision.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.NOT_MET);
  }
}
