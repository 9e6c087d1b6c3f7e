package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case with as many activities as an exit case may list (InputLimits.MAX_ACTIVITIES) is decided
 * (issue 9: the cumulation works at the boundaries
 * of the spans, not day by day for each window), and decided like the reference. How long it takes
 * is measured in the benchmarks, never asserted here.
 */
class LargeExitCaseTest {
  @Test
  void the_most_activities_a_case_may_list_are_decided_like_the_reference() {
    List<Activity> activities = new ArrayList<>();
    // One-day missions every third day for 7 years, to 2019-01-01: a third of the days, never
    // six months in twelve; one-week part-time CDDs without agreement every 30 days (never
    // counted); then, from 2019-01-07, a mission that goes on.
    int missions = fr.plie.rules.model.InputLimits.MAX_ACTIVITIES - 100 - 1;
    LocalDate day = d("2019-01-04").minusDays(3L * missions);
    for (int i = 0; i < missions; i++) {
      activities.add(Activity.builder().type(ActivityType.INTERIM).start(day).end(day).build());
      day = day.plusDays(3);
    }
    LocalDate cdd = d("2012-06-02");
    for (int i = 0; i < 100; i++) {
      activities.add(Activity.builder().type(ActivityType.CDD).start(cdd).end(cdd.plusDays(6))
          .weeklyHours(new BigDecimal("10")).participantAgreedToFewerHours(false).build());
      cdd = cdd.plusDays(30);
    }
    activities.add(Activity.builder().type(ActivityType.INTERIM).start(d("2019-01-07")).build());
    ExitCase big = ExitCase.builder().participantId("BIG").assessmentDate(d("2019-06-30"))
        .activities(activities).build();
    assertThat(big.activities()).hasSize(fr.plie.rules.model.InputLimits.MAX_ACTIVITIES);

    ExitDecision decision = ExitFixtures.decide(big);
    ReferenceExitRoutes.Decision reference = ReferenceExitRoutes.decide(big);

    assertThat(decision.outcome()).isEqualTo(reference.outcome());
    assertThat(decision.positiveExitDate()).isEqualTo(reference.positiveExitDate());
    assertThat(decision.projectedPositiveExitDate()).isEqualTo(reference.projectedPositiveExitDate());
    for (RouteAssessment route : decision.routes()) {
      assertThat(route.status()).as(route.route().name())
          .isEqualTo(reference.routes().get(route.route()).status());
      assertThat(route.date()).as(route.route().name())
          .isEqualTo(reference.routes().get(route.route()).date());
    }
    // The missions of the window before 2019-01-07 help: six months are made before 2019-07-06,
    // the day one mission from 2019-01-07 alone would make them.
    RouteAssessment interim = decision.route(ExitRoute.INTERIM);
    assertThat(interim.status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(interim.date()).isAfter(d("2019-01-07")).isBefore(d("2019-07-06"));
    assertThat(decision.route(ExitRoute.CDD).status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
  }
}
