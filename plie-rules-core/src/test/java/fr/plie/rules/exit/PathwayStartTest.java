package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CDD;
import static fr.plie.rules.model.ActivityType.CDI;
import static fr.plie.rules.model.ActivityType.CONTRAT_AIDE;
import static fr.plie.rules.model.ActivityType.CREATION_ENTREPRISE;
import static fr.plie.rules.model.ActivityType.FORMATION_QUALIFIANTE;
import static fr.plie.rules.model.ActivityType.INTERIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

/** Only activities of the PLIE pathway count (issue 8): {@code pathwayStartDate}. */
class PathwayStartTest {
  private static final String NOTE = "La date d'entrée dans le parcours PLIE (pathwayStartDate)"
      + " n'est pas renseignée : toutes les activités déclarées sont comptées, sans pouvoir exclure"
      + " celles qui auraient précédé le parcours.";

  @Test
  void a_cdd_of_2012_without_a_pathway_start_still_counts_with_a_note() {
    ExitDecision decision = decide(exitCase("2018-12-31")
        .addActivities(job(CDD, "2012-01-01", "2012-06-30", "35")).build());
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.positiveExitDate()).isEqualTo(d("2012-06-30"));
    assertThat(decision.notes()).containsExactly(NOTE);
    assertThat(decision.explanation()).contains("Note : " + NOTE);
  }

  @Test
  void a_cdd_of_2012_before_a_pathway_started_on_2018_01_08_does_not_count() {
    ExitDecision decision = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-01-08"))
        .addActivities(job(CDD, "2012-01-01", "2012-06-30", "35")).build());
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    assertThat(decision.route(ExitRoute.CDD).reason())
        .contains("a pris fin le 2012-06-30, avant l'entrée dans le parcours PLIE le 2018-01-08");
    assertThat(decision.notes()).isEmpty();
  }

  @Test
  void no_activity_no_note() {
    assertThat(decide(exitCase("2018-12-31").build()).notes()).isEmpty();
  }

  @Test
  void an_activity_ending_the_day_before_the_pathway_start_does_not_count_one_ending_that_day_does() {
    ExitDecision before = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-07-01"))
        .addActivities(job(CDI, "2018-01-01", "2018-06-30", "35")).build());
    ExitDecision on = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-06-30"))
        .addActivities(job(CDI, "2018-01-01", "2018-06-30", "35")).build());
    assertThat(before.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.NOT_MET);
    // On the pathway's first day it counts, but from that day: one day is not six months.
    assertThat(on.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(on.route(ExitRoute.CDI).reason()).contains("compté à partir du 2018-06-30");
  }

  @Test
  void a_cdi_begun_before_the_pathway_counts_its_six_months_from_the_pathway_start() {
    // Pathway from 2018-03-01: six months of presence counted from it end on 2018-08-31, not
    // on 2018-04-01 (six months from the CDI's own start).
    ExitDecision decision = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-03-01"))
        .addActivities(job(CDI, "2017-10-02", null, "35")).build());
    assertThat(decision.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(decision.route(ExitRoute.CDI).date()).isEqualTo(d("2018-08-31"));
    assertThat(decision.route(ExitRoute.CDI).reason())
        .contains("commencé le 2017-10-02, compté à partir du 2018-03-01 (entrée dans le parcours)");
  }

  @Test
  void days_of_missions_before_the_pathway_start_are_not_cumulated() {
    // 2018-01-01 to 2018-06-30 worked; the pathway starts on 2018-02-01: 150 days remain.
    ExitDecision without = decide(exitCase("2018-12-31")
        .addActivities(plain(INTERIM, "2018-01-01", "2018-06-30")).build());
    ExitDecision with = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-02-01"))
        .addActivities(plain(INTERIM, "2018-01-01", "2018-06-30")).build());
    assertThat(without.route(ExitRoute.INTERIM).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(with.route(ExitRoute.INTERIM).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(with.route(ExitRoute.INTERIM).reason()).contains("150 jours de travail");
  }

  @Test
  void a_training_or_a_contrat_aide_signed_before_the_pathway_does_not_count_one_signed_that_day_does() {
    ExitDecision before = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-03-01"))
        .addActivities(plain(FORMATION_QUALIFIANTE, "2018-02-28", "2018-09-30"),
            plain(CONTRAT_AIDE, "2018-02-28", null)).build());
    ExitDecision sameDay = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-03-01"))
        .addActivities(plain(FORMATION_QUALIFIANTE, "2018-03-01", "2018-09-30"),
            plain(CONTRAT_AIDE, "2018-03-01", null)).build());
    assertThat(before.route(ExitRoute.FORMATION_QUALIFIANTE).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(before.route(ExitRoute.CONTRAT_AIDE).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(before.route(ExitRoute.CONTRAT_AIDE).reason())
        .contains("a commencé le 2018-02-28, avant l'entrée dans le parcours PLIE le 2018-03-01");
    assertThat(before.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    assertThat(sameDay.route(ExitRoute.FORMATION_QUALIFIANTE).date()).isEqualTo(d("2018-03-01"));
    assertThat(sameDay.route(ExitRoute.CONTRAT_AIDE).date()).isEqualTo(d("2018-03-01"));
  }

  @Test
  void a_business_created_before_the_pathway_is_followed_six_months_from_the_pathway_start() {
    ExitDecision decision = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-04-16"))
        .addActivities(plain(CREATION_ENTREPRISE, "2017-09-01", null)).build());
    assertThat(decision.route(ExitRoute.CREATION_ENTREPRISE).date()).isEqualTo(d("2018-10-15"));
  }

  @Test
  void a_pathway_start_after_the_assessment_date_is_invalid_input_naming_the_field() {
    assertThatThrownBy(() -> exitCase("2018-12-31").pathwayStartDate(d("2019-01-01")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pathwayStartDate: is after the assessment date");
  }

  @Test
  void the_pathway_start_is_recorded_in_the_decision_and_its_facts() {
    ExitDecision decision = decide(exitCase("2018-12-31").pathwayStartDate(d("2018-01-08"))
        .addActivities(job(CDD, "2018-01-08", "2018-12-31", "35")).build());
    assertThat(decision.exitCase().pathwayStartDate()).isEqualTo(d("2018-01-08"));
    assertThat(decision.positiveExitDate()).isEqualTo(d("2018-07-07"));
  }
}
