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
    assertThat(interim(decision).reason()).contains("5 mois et 29 jours sur 12 mois glissants")
        .contains("6 mois sont requis").contains("Il manque 1 jour");
  }

  @Test
  void overlapping_missions_count_each_day_once() {
    // January to March and March to April: four months, not five.
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-03-01", "2018-04-30")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(decision).reason()).contains("cumulent 4 mois sur 12 mois glissants");
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
  void missions_in_the_window_2018_01_01_to_2018_12_31_are_acquired_on_2018_12_31() {
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-10-01", "2018-12-31")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim(decision).date()).isEqualTo(d("2018-12-31"));
  }

  @Test
  void second_mission_ending_2018_12_30_leaves_the_window_one_day_short() {
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-10-01", "2018-12-30")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(interim(decision).reason()).contains("5 mois et 29 jours").contains("Il manque 1 jour");
  }

  @Test
  void second_mission_shifted_to_2018_10_02_to_2019_01_01_falls_out_of_the_window() {
    // The window that reaches 2019-01-01 starts on 2018-01-02 and loses the first day.
    ExitDecision decision = decide(exitCase("2019-01-15").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        plain(INTERIM, "2018-10-02", "2019-01-01")).build());
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
  void interim_and_cdd_days_are_not_added_together() {
    ExitDecision decision = decide(exitCase("2018-12-31").addActivities(
        plain(INTERIM, "2018-01-01", "2018-03-31"),
        job(CDD, "2018-04-01", "2018-06-30", "35")).build());
    assertThat(interim(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(decision.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.NOT_MET);
  }
}
