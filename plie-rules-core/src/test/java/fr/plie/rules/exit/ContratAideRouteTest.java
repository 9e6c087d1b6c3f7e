package fr.plie.rules.exit;

import static fr.plie.rules.exit.ExitFixtures.d;
import static fr.plie.rules.exit.ExitFixtures.decide;
import static fr.plie.rules.exit.ExitFixtures.exitCase;
import static fr.plie.rules.exit.ExitFixtures.plain;
import static fr.plie.rules.model.ActivityType.CHANTIER_INSERTION;
import static fr.plie.rules.model.ActivityType.CONTRAT_AIDE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.FiredRule;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import org.junit.jupiter.api.Test;

class ContratAideRouteTest {
  private static RouteAssessment contratAide(String assessmentDate, String start, String end) {
    return decide(exitCase(assessmentDate).addActivities(plain(CONTRAT_AIDE, start, end)).build())
        .route(ExitRoute.CONTRAT_AIDE);
  }

  @Test
  void contract_ending_2018_06_30_is_exactly_six_months_and_does_not_count() {
    RouteAssessment route = contratAide("2018-03-01", "2018-01-01", "2018-06-30");
    assertThat(route.status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route.reason()).contains("pas plus de 6 mois").contains("2018-07-01");
  }

  @Test
  void contract_ending_2018_07_01_is_more_than_six_months_and_is_acquired_on_its_start_2018_01_01() {
    RouteAssessment route = contratAide("2018-03-01", "2018-01-01", "2018-07-01");
    assertThat(route.status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(route.date()).isEqualTo(d("2018-01-01"));
  }

  @Test
  void open_ended_contract_counts() {
    assertThat(contratAide("2018-03-01", "2018-01-01", null).status()).isEqualTo(RouteStatus.ACQUIRED);
  }

  @Test
  void contract_starting_2018_04_01_is_in_progress_on_2018_03_31_and_acquired_on_2018_04_01() {
    RouteAssessment before = contratAide("2018-03-31", "2018-04-01", "2019-03-31");
    assertThat(before.status()).isEqualTo(RouteStatus.IN_PROGRESS);
    assertThat(before.date()).isEqualTo(d("2018-04-01"));
    assertThat(contratAide("2018-04-01", "2018-04-01", "2019-03-31").status())
        .isEqualTo(RouteStatus.ACQUIRED);
  }

  @Test
  void a_chantier_d_insertion_contract_is_excluded_by_the_exception() {
    ExitDecision decision = decide(exitCase("2019-12-31")
        .addActivities(plain(CHANTIER_INSERTION, "2018-01-01", "2019-12-31")).build());
    RouteAssessment route = decision.route(ExitRoute.CONTRAT_AIDE);
    assertThat(route.status()).isEqualTo(RouteStatus.NOT_MET);
    assertThat(route.reason()).contains("hors chantiers d'insertion");
    assertThat(decision.firedRules()).extracting(FiredRule::name)
        .contains("CONTRAT_AIDE: EXCEPTION, a contract in a chantier d'insertion is excluded");
  }
}
