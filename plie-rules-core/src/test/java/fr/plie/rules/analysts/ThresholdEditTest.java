package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.CheckReport.ScenarioResult;
import fr.plie.rules.api.RuleSetWorkbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited threshold changes exactly the scenarios it should, and check says which. */
class ThresholdEditTest {

  @Test
  void eleven_months_of_inactivity_instead_of_twelve_changes_only_the_one_year_boundary_scenario(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    Path version = rulesets.resolve("plie-dijon/2018.1");
    Path parameters = version.resolve("tables/parameters.drl.xlsx");
    RuleSetWorkbench.setCell(parameters, TableCheckTest.inactivityRow(parameters), "Valeur", "11");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).isEmpty();
    List<ScenarioResult> changed = report.scenarios().stream()
        .filter(s -> !s.changedFromShipped().isEmpty()).toList();
    assertThat(changed).extracting(ScenarioResult::name).containsExactly(
        "Dernière activité terminée exactement un an avant : pas « plus d'une année »");
    assertThat(changed.get(0).changedFromShipped())
        .containsExactly("outcome NOT_ELIGIBLE → ELIGIBLE", "LABOUR_MARKET NOT_MET → MET");
    assertThat(changed.get(0).mismatches()).contains("outcome: expected \"NOT_ELIGIBLE\", got \"ELIGIBLE\"");
    assertThat(report.scenarios().stream().filter(s -> !s.passed()))
        .extracting(ScenarioResult::name).containsExactlyElementsOf(
            changed.stream().map(ScenarioResult::name).toList());
  }
}
