package fr.plie.rules.records;

import static fr.plie.rules.records.RecordFixtures.PSEUDONYMISER;
import static fr.plie.rules.records.RecordFixtures.RULES;
import static fr.plie.rules.records.RecordFixtures.SIGNER;
import static fr.plie.rules.records.RecordFixtures.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleResources;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.Scenarios;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordSchemas;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.SignatureStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario, decided as a record in both forms, signed: it matches its JSON Schema,
 * verifies and replays IDENTICAL.
 */
class ScenarioRecordsTest {
  static Stream<String> versions() {
    return RuleSetRegistry.shipped().versions().stream().map(v -> v.manifest().version());
  }

  @ParameterizedTest(name = "scenarios of {0}")
  @MethodSource("versions")
  void every_scenario_makes_valid_records_in_both_forms(String version) {
    CompiledRuleSet ruleSet = RuleSetRegistry.shipped().version(version).orElseThrow();
    List<Scenarios.Scenario> scenarios = Scenarios.read(RuleResources.classpath(), ruleSet.manifestPath());
    assertThat(scenarios).isNotEmpty();
    for (Scenarios.Scenario scenario : scenarios) {
      DecisionRecord full = "exit".equals(scenario.kind())
          ? RULES.assessExit(PlieJson.fromTree(scenario.input(), ExitCase.class))
          : RULES.assessEntry(PlieJson.fromTree(scenario.input(), EntryApplication.class));
      for (DecisionRecord record : List.of(SIGNER.sign(full), SIGNER.sign(PSEUDONYMISER.pseudonymise(full)))) {
        String stored = PlieJson.write(record);
        RecordSchemas.assertValidJson(stored);
        assertThat(VERIFIER.verify(record).status()).as(scenario.name()).isEqualTo(SignatureStatus.VALID);
        ReplayReport replay = "exit".equals(scenario.kind())
            ? RULES.replay(PlieJson.readExitDecision(stored))
            : RULES.replay(PlieJson.readEntryDecision(stored));
        assertThat(replay.status()).as(scenario.name() + ": " + replay.differences())
            .isEqualTo(ReplayReport.Status.IDENTICAL);
      }
    }
  }
}
