package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.CheckReport.ScenarioResult;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited threshold or route duration changes exactly the scenarios it should, and check says which. */
class ThresholdEditTest {

  @Test
  void eleven_months_of_inactivity_instead_of_twelve_changes_only_the_one_year_boundary_scenario(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    Path version = Exported.versionFolder(rulesets, "2018.1");
    Path parameters = Exported.table(rulesets, "2018.1", "parameters");
    RuleSetWorkbench.setCell(parameters, TableCheckTest.inactivityRow(parameters), "Valeur", "11");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).isEmpty();
    List<ScenarioResult> changed = report.scenarios().stream()
        .filter(s -> !s.changedFromShipped().isEmpty()).toList();
    assertThat(changed).extracting(ScenarioResult::name).containsExactly(
        "Dernière activité terminée exactement un an avant : pas « plus d'une année »");
    assertThat(changed.get(0).changedFromShipped())
        .containsExactly("outcome NOT_ELIGIBLE → ELIGIBLE", "LABOUR_MARKET NOT_MET → MET");
    assertThat(changed.get(0).mismatches()).contains("outcome : attendu \"NOT_ELIGIBLE\", obtenu \"ELIGIBLE\"");
    assertThat(report.scenarios().stream().filter(s -> !s.passed()))
        .extracting(ScenarioResult::name).containsExactlyElementsOf(
            changed.stream().map(ScenarioResult::name).toList());
  }

  /** The example: the CDD route's duration lowered to four months in the route table. */
  @Test
  void four_months_of_cdd_instead_of_six_changes_only_cdd_scenarios_first_those_at_four_and_five_months(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    Path version = Exported.versionFolder(rulesets, "2018.1");
    Path routes = Exported.table(rulesets, "2018.1", "exitRoutes");
    int row = ExitRouteTableTest.routeRow(routes, "CDD", "CDD");
    assertThat(RuleSetWorkbench.setCell(routes, row, "Durée minimale (mois)", "4")).isEqualTo("6");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).isEmpty();
    List<ScenarioResult> changed = report.scenarios().stream()
        .filter(s -> !s.changedFromShipped().isEmpty()).toList();
    assertThat(changed).extracting(ScenarioResult::name).startsWith(
        "CDD à temps plein de 4 mois : pas de sortie positive (6 mois requis dans 12 mois)",
        "Deux CDD successifs cumulant 5 mois dans 12 mois : pas de sortie positive");
    // Every other scenario that changes is about CDDs too (those of the corrections of issue 8).
    assertThat(changed).extracting(ScenarioResult::name).allMatch(name -> name.contains("CDD"));
    assertThat(changed.get(0).changedFromShipped()).containsExactly(
        "outcome NOT_POSITIVE → POSITIVE", "positiveExitDate (aucune) → 2018-04-30",
        "CDD NOT_MET → ACQUIRED (2018-04-30)");
    assertThat(changed.get(1).changedFromShipped()).containsExactly(
        "outcome NOT_POSITIVE → POSITIVE", "positiveExitDate (aucune) → 2018-05-31",
        "CDD NOT_MET → ACQUIRED (2018-05-31)");
    // The three-month CDD, the CDI, the interim, the senior and the unknown hours are unchanged.
    assertThat(report.scenarios()).filteredOn(s -> s.name().contains("CDD à temps plein de 3 mois"))
        .singleElement().satisfies(s -> assertThat(s.changedFromShipped()).isEmpty());
    assertThat(report.scenarios().stream().filter(s -> !s.passed()))
        .extracting(ScenarioResult::name).containsExactlyElementsOf(
            changed.stream().map(ScenarioResult::name).toList());

    // The edited copy's decisions cite the edited row and state its duration.
    ExitDecision decision = PlieRules.loadFrom(rulesets).version("2018.1").assessExit(
        ExitCase.builder().participantId("EDIT-1").assessmentDate(LocalDate.parse("2018-12-31"))
            .addActivities(Activity.builder().type(ActivityType.CDD)
                .start(LocalDate.parse("2018-01-01")).end(LocalDate.parse("2018-04-30"))
                .weeklyHours(new BigDecimal("35")).build())
            .build());
    RouteAssessment cdd = decision.routes().stream().filter(r -> r.route() == ExitRoute.CDD)
        .findFirst().orElseThrow();
    assertThat(cdd.status()).isEqualTo(RouteStatus.ACQUIRED);
    assertThat(cdd.reason()).contains("font au moins 4 mois de travail dans une période de 12 mois")
        .doesNotContain("6 mois");
    assertThat(cdd.tableRows()).first().isEqualTo("table « Voies de sortie », ligne " + row
        + " : voie CDD, type CDD : 4 mois au moins dans 12 mois glissants");
  }
}
