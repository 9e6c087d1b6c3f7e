package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.activity;
import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.model.ActivityType.CDI;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CdiRouteTest {
  private static RouteAssessment cdi(ExitDecision decision) {
    return decision.route(ExitRoute.CDI);
  }

  private static ExitDecision fullTimeCdiFrom20180101(String assessmentDate) {
    return decide(exitCase(assessmentDate).addActivities(job(CDI, "2018-01-01", null, "35")).build());
  }

  @Test
  void cdi_started_2018_01_01_is_in_progress_on_2018_06_29() {
    ExitDecision decision = fullTimeCdiFrom20180101("2018-06-29");
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
    assertThat(decision.projectedPositiveExitDate()).isEqualTo(d("2018-06-30"));
    assertThat(decision.positiveExitDate()).isNull();
  }

  @Test
  void cdi_started_2018_01_01_is_acquired_on_2018_06_30() {
    ExitDecision decision = fullTimeCdiFrom20180101("2018-06-30");
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-06-30"));
    assertThat(cdi(decision).activitiesUsed()).containsExactly(ActivityReference.of(0, CDI));
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.positiveExitDate()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdi_started_2018_01_01_is_still_acquired_on_2018_06_30_when_assessed_on_2018_07_01() {
    ExitDecision decision = fullTimeCdiFrom20180101("2018-07-01");
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdi_ending_2018_06_29_falls_one_day_short() {
    ExitDecision decision = decide(exitCase("2018-09-01")
        .addActivities(job(CDI, "2018-01-01", "2018-06-29", "35")).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(cdi(decision).reason()).contains("5 mois et 29 jours").contains("il manque 1 jour");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
  }

  @Test
  void cdi_ending_2018_06_30_is_acquired_on_2018_06_30() {
    ExitDecision decision = decide(exitCase("2018-09-01")
        .addActivities(job(CDI, "2018-01-01", "2018-06-30", "35")).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdi_of_17_5_hours_is_acquired_on_2018_06_30() {
    ExitDecision decision = decide(exitCase("2018-07-01")
        .addActivities(job(CDI, "2018-01-01", null, "17.5")).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(decision).factsUsed()).containsKey("activities[0].weeklyHours");
  }

  @Test
  void cdi_of_17_4_hours_without_agreement_is_not_met_on_2018_07_01() {
    ExitDecision decision = decide(exitCase("2018-07-01").addActivities(
        activity(CDI, "2018-01-01", null).weeklyHours(new BigDecimal("17.4"))
            .participantAgreedToFewerHours(false).build()).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(cdi(decision).reason()).contains("17.4 h").contains("17.50 h");
  }

  @Test
  void cdi_of_17_4_hours_with_agreement_is_acquired_on_2018_06_30() {
    ExitDecision decision = decide(exitCase("2018-07-01").addActivities(
        activity(CDI, "2018-01-01", null).weeklyHours(new BigDecimal("17.4"))
            .participantAgreedToFewerHours(true).build()).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-06-30"));
  }

  @Test
  void cdi_of_17_4_hours_with_agreement_unknown_is_unknown_on_2018_07_01() {
    ExitDecision decision = decide(exitCase("2018-07-01").addActivities(
        activity(CDI, "2018-01-01", null).weeklyHours(new BigDecimal("17.4")).build()).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(cdi(decision).missingFacts())
        .containsExactly("activities[0].participantAgreedToFewerHours");
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("activities[0].participantAgreedToFewerHours");
  }

  @Test
  void cdi_without_weekly_hours_is_unknown_unless_the_participant_agreed() {
    ExitDecision unknown = decide(exitCase("2018-07-01")
        .addActivities(activity(CDI, "2018-01-01", null).build()).build());
    assertThat(cdi(unknown).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(cdi(unknown).missingFacts()).containsExactly("activities[0].weeklyHours",
        "activities[0].participantAgreedToFewerHours");

    ExitDecision agreed = decide(exitCase("2018-07-01").addActivities(
        activity(CDI, "2018-01-01", null).participantAgreedToFewerHours(true).build()).build());
    assertThat(cdi(agreed).status()).isEqualTo(RouteStatus.ACQUIRED);
  }

  @Test
  void cdi_started_2018_08_31_completes_six_months_on_2019_02_27_and_says_why() {
    ExitDecision before = decide(exitCase("2019-02-26")
        .addActivities(job(CDI, "2018-08-31", null, "35")).build());
    ExitDecision on = decide(exitCase("2019-02-27")
        .addActivities(job(CDI, "2018-08-31", null, "35")).build());
    assertThat(cdi(before).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(cdi(on).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdi(on).date()).isEqualTo(d("2019-02-27"));
    assertThat(cdi(on).notes()).singleElement().asString()
        .contains("2019-02-28").contains("dernier jour du mois");
    assertThat(on.notes()).isNotEmpty();
  }

  @Test
  void cdi_starting_after_the_assessment_date_is_in_progress_with_its_projected_date() {
    ExitDecision decision = decide(exitCase("2018-03-01")
        .addActivities(job(CDI, "2018-04-16", null, "35")).build());
    assertThat(cdi(decision).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(cdi(decision).date()).isEqualTo(d("2018-10-15"));
  }

  @Test
  void the_earliest_of_two_cdis_decides() {
    ExitDecision decision = decide(exitCase("2019-12-31").addActivities(
        job(CDI, "2019-03-01", null, "35"),
        job(CDI, "2018-02-01", "2018-09-30", "20")).build());
    assertThat(cdi(decision).date()).isEqualTo(d("2018-07-31"));
    assertThat(cdi(decision).activitiesUsed()).containsExactly(ActivityReference.of(1, CDI));
  }
}
