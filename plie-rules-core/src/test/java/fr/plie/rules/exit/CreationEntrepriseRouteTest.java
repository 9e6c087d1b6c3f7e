package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CREATION_ENTREPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

class CreationEntrepriseRouteTest {
  private static RouteAssessment creation(String assessmentDate, String end) {
    ExitDecision decision = decide(exitCase(assessmentDate)
        .addActivities(plain(CREATION_ENTREPRISE, "2018-03-15", end)).build());
    return decision.route(ExitRoute.CREATION_ENTREPRISE);
  }

  @Test
  void business_created_2018_03_15_is_in_progress_on_2018_09_13() {
    RouteAssessment route = creation("2018-09-13", null);
    assertThat(route.status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(route.date()).isEqualTo(d("2018-09-14"));
  }

  @Test
  void business_created_2018_03_15_is_acquired_on_2018_09_14() {
    RouteAssessment route = creation("2018-09-14", null);
    assertThat(route.status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(route.date()).isEqualTo(d("2018-09-14"));
  }

  @Test
  void business_created_2018_03_15_is_acquired_on_2018_09_14_when_assessed_on_2018_09_15() {
    assertThat(creation("2018-09-15", "2018-09-14").date()).isEqualTo(d("2018-09-14"));
  }

  @Test
  void business_closed_on_2018_09_13_never_completes_six_months() {
    RouteAssessment route = creation("2018-12-31", "2018-09-13");
    assertThat(route.status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route.reason()).contains("il manque 1 jour");
  }
}
