package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.FORMATION_QUALIFIANTE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

class FormationQualifianteRouteTest {
  private static ExitDecision trainingFrom20180903(String assessmentDate) {
    return decide(exitCase(assessmentDate)
        .addActivities(plain(FORMATION_QUALIFIANTE, "2018-09-03", "2019-06-28")).build());
  }

  @Test
  void training_starting_2018_09_03_is_in_progress_on_2018_09_02() {
    ExitDecision decision = trainingFrom20180903("2018-09-02");
    assertThat(decision.route(ExitRoute.FORMATION_QUALIFIANTE).status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(decision.projectedPositiveExitDate()).isEqualTo(d("2018-09-03"));
  }

  @Test
  void training_starting_2018_09_03_is_acquired_on_2018_09_03() {
    ExitDecision decision = trainingFrom20180903("2018-09-03");
    assertThat(decision.route(ExitRoute.FORMATION_QUALIFIANTE).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(decision.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(decision.positiveExitDate()).isEqualTo(d("2018-09-03"));
  }

  @Test
  void training_starting_2018_09_03_stays_acquired_on_2018_09_03_after_it_ended() {
    ExitDecision decision = trainingFrom20180903("2019-09-04");
    assertThat(decision.route(ExitRoute.FORMATION_QUALIFIANTE).date()).isEqualTo(d("2018-09-03"));
  }
}
