package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.RuleSetWorkbench;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios analysts wrote as data beside each shipped version ({@code scenarios.json}) run in
 * the Maven build: one test per scenario, failing with the scenario's mismatches.
 */
class ShippedScenariosTest {
  static final Path SOURCE = Path.of("src/main/resources/rulesets");
  private static final CheckReport REPORT = RuleSetWorkbench.check(SOURCE);

  @Test
  void the_shipped_rule_sets_have_no_problem() {
    assertThat(REPORT.problems()).isEmpty();
    // Every version and revision the index lists.
    assertThat(REPORT.checked()).hasSize(fr.plie.rules.internal.RuleSetRegistry.index(
        fr.plie.rules.internal.RuleResources.directory(SOURCE)).size());
  }

  @TestFactory
  Stream<DynamicTest> every_scenario_gets_the_decision_it_expects() {
    assertThat(REPORT.scenarios()).isNotEmpty();
    return REPORT.scenarios().stream().map(s -> DynamicTest.dynamicTest(
        "[" + s.version() + "] " + s.name(),
        () -> {
          assertThat(s.mismatches()).as(s.name()).isEmpty();
          // The source tree is what is shipped: nothing may differ from the shipped decision.
          assertThat(s.changedFromShipped()).as(s.name()).isEmpty();
        }));
  }
}
