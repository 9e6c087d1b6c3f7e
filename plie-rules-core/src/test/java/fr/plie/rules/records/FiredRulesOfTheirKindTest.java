package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.TableSchemas.CheckedLine;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.FiredRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decision's trace lists only the rules and table rows of its own kind: an auditor reads
 * {@code firedRules} as "used", and an entry decision once listed the exit parameters
 * (« Paramètres_12 … 14 »). For every shipped version.
 */
class FiredRulesOfTheirKindTest {
  private static final RuleSetRegistry SHIPPED = RuleSetRegistry.shipped();
  private static final PlieRules RULES = PlieRules.load();

  static Stream<String> versions() {
    return SHIPPED.versions().stream().map(v -> v.manifest().version());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void an_entry_decision_lists_entry_rules_and_rows_only(String versionName) {
    CompiledRuleSet version = SHIPPED.version(versionName).orElseThrow();
    EntryApplication application = EntryApplication.builder().participantId("K-1")
        .assessmentDate(version.manifest().validFrom()).residenceInseeCode("21231")
        .workAuthorization(true).wantsIntegratedPathway(true).insufficientQualification(true)
        .neverWorked(false).lastProfessionalActivityEnd(version.manifest().validFrom().minusYears(2))
        .housingProblems(true).build();
    DecisionRecord d = RULES.version(version.manifest().version()).assessEntry(application);

    assertOfKind(d, version, "entry");
    assertThat(parameterNames(d, version)).as("the entry parameter rows fired")
        .isNotEmpty().allMatch(name -> name.startsWith("entry."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void an_exit_decision_lists_exit_rules_and_rows_only(String versionName) {
    CompiledRuleSet version = SHIPPED.version(versionName).orElseThrow();
    ExitCase exitCase = ExitCase.builder().participantId("K-2")
        .assessmentDate(version.manifest().validFrom().plusYears(1))
        .addActivities(Activity.builder().type(ActivityType.CDD)
            .start(version.manifest().validFrom()).end(version.manifest().validFrom().plusMonths(7))
            .weeklyHours(new java.math.BigDecimal("35")).build())
        .build();
    DecisionRecord d = RULES.version(version.manifest().version()).assessExit(exitCase);

    assertOfKind(d, version, "exit");
    assertThat(parameterNames(d, version)).as("the exit parameter rows fired")
        .isNotEmpty().allMatch(name -> name.startsWith("exit."));
  }

  private static void assertOfKind(DecisionRecord d, CompiledRuleSet version, String kind) {
    String other = "entry".equals(kind) ? "exit" : "entry";
    for (FiredRule rule : d.firedRules()) {
      assertThat(rule.file()).as(rule.name()).doesNotContain("/" + other + "/");
      if ("entry".equals(kind)) {
        assertThat(rule.file()).as(rule.name()).doesNotEndWith("exit-routes.drl.xlsx");
      } else {
        assertThat(rule.file()).as(rule.name()).doesNotContain("communes.drl.xlsx");
      }
    }
  }

  /** The names of the parameter rows the decision lists, read from the version's table. */
  private static List<String> parameterNames(DecisionRecord d, CompiledRuleSet version) {
    Map<Integer, String> byRow = version.tableLines("parameters").stream()
        .collect(Collectors.toMap(CheckedLine::row, line -> (String) line.values().get("Nom")));
    String table = version.tablePaths().get("parameters");
    return d.firedRules().stream()
        .filter(rule -> rule.file().equals(table))
        .map(rule -> byRow.get(Integer.parseInt(rule.name().substring(rule.name().lastIndexOf('_') + 1))))
        .collect(Collectors.toList());
  }
}
