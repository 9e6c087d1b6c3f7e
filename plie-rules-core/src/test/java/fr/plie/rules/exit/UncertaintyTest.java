package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.activity;
import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.job;
import static fr.plie.rules.model.ActivityType.CDD;
import static fr.plie.rules.model.ActivityType.CDI;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * One reading of missing facts inside a route and across routes (issue 8): a route is decided by
 * its certain facts, and the facts that could make it acquired earlier are listed with that date.
 */
class UncertaintyTest {
  /**
   * Issue 8's pair: assessed 2018-05-01, a full-time CDD from 2018-01-01 to 2018-12-31 (six months
   * on 2018-06-30 whatever else is true) and a second activity from 2017-06-01 to 2017-11-30 whose
   * weekly hours are unknown.
   */
  private static ExitDecision pair(ActivityType second) {
    return decide(exitCase("2018-05-01").addActivities(
        job(CDD, "2018-01-01", "2018-12-31", "35"),
        activity(second, "2017-06-01", "2017-11-30").build()).build());
  }

  @Test
  void the_same_uncertainty_in_the_cdd_route_or_in_the_cdi_route_gives_the_same_outcome_and_date() {
    ExitDecision asCdi = pair(CDI);
    ExitDecision asCdd = pair(CDD);

    assertThat(asCdi.outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
    assertThat(asCdi.projectedPositiveExitDate()).isEqualTo(d("2018-06-30"));
    assertThat(asCdd.outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
    assertThat(asCdd.projectedPositiveExitDate()).isEqualTo(d("2018-06-30"));
    assertThat(asCdd.missingFacts()).isEqualTo(asCdi.missingFacts()).containsExactly(
        "activities[1].weeklyHours", "activities[1].participantAgreedToFewerHours");
  }

  @Test
  void inside_the_route_the_certain_date_decides_and_the_earlier_one_is_listed_with_its_facts() {
    RouteAssessment cdd = pair(CDD).route(ExitRoute.CDD);
    assertThat(cdd.status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(cdd.date()).isEqualTo(d("2018-06-30"));
    // The 2017 CDD alone would have made six months on 2017-11-30, were its hours enough.
    assertThat(cdd.possibleDate()).isEqualTo(d("2017-11-30"));
    assertThat(cdd.missingFacts()).containsExactly(
        "activities[1].weeklyHours", "activities[1].participantAgreedToFewerHours");
    assertThat(cdd.activitiesUsed()).containsExactly(ActivityReference.of(0, CDD));
    assertThat(cdd.reason())
        .contains("activities[1] : la durée hebdomadaire de travail n'est pas renseignée")
        .contains("Si les faits manquants (activities[1].weeklyHours,"
            + " activities[1].participantAgreedToFewerHours) étaient favorables, la voie serait"
            + " acquise dès le 2017-11-30.");
  }

  @Test
  void across_routes_the_other_route_is_unknown_with_the_date_it_could_have() {
    ExitDecision asCdi = pair(CDI);
    assertThat(asCdi.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(asCdi.route(ExitRoute.CDD).possibleDate()).isNull();
    assertThat(asCdi.route(ExitRoute.CDI).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(asCdi.route(ExitRoute.CDI).date()).isNull();
    assertThat(asCdi.route(ExitRoute.CDI).possibleDate()).isEqualTo(d("2017-11-30"));
  }

  @Test
  void an_acquired_route_lists_the_facts_that_could_have_made_it_earlier_but_the_decision_does_not() {
    ExitDecision decision = decide(exitCase("2018-07-15").addActivities(
        job(CDD, "2018-01-01", "2018-12-31", "35"),
        activity(CDD, "2017-06-01", "2017-11-30").weeklyHours(new BigDecimal("12")).build()).build());
    RouteAssessment cdd = decision.route(ExitRoute.CDD);
    assertThat(cdd.status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd.date()).isEqualTo(d("2018-06-30"));
    assertThat(cdd.possibleDate()).isEqualTo(d("2017-11-30"));
    assertThat(cdd.missingFacts()).containsExactly("activities[1].participantAgreedToFewerHours");
    // POSITIVE cannot be improved: the decision lists nothing to settle.
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.missingFacts()).isEmpty();
  }

  @Test
  void missing_facts_that_could_only_give_a_later_date_are_not_listed() {
    ExitDecision decision = decide(exitCase("2018-05-01").addActivities(
        job(CDD, "2018-01-01", "2018-12-31", "35"),
        activity(CDD, "2018-09-01", "2019-06-30").build()).build());
    RouteAssessment cdd = decision.route(ExitRoute.CDD);
    assertThat(cdd.status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(cdd.possibleDate()).isNull();
    assertThat(cdd.missingFacts()).isEmpty();
    assertThat(decision.missingFacts()).isEmpty();
  }

  @Test
  void without_a_certain_path_the_route_is_unknown_and_the_outcome_undetermined() {
    ExitDecision decision = decide(exitCase("2018-05-01").addActivities(
        activity(CDD, "2017-06-01", "2017-11-30").build()).build());
    assertThat(decision.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.UNKNOWN);
    assertThat(decision.route(ExitRoute.CDD).possibleDate()).isEqualTo(d("2017-11-30"));
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.UNDETERMINED);
    assertThat(decision.projectedPositiveExitDate()).isNull();
  }
}
