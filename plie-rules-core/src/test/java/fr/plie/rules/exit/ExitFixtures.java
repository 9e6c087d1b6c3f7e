package fr.plie.rules.exit;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.model.RecordSchemas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Short ways to write exit cases in tests; one facade shared by all exit tests (it is thread-safe),
 * deterministic, and every decision {@link #decide} returns is checked against its schema.
 */
final class ExitFixtures {
  static final PlieRules RULES = fr.plie.rules.TestRules.deterministic(PlieRules.load());

  private ExitFixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static ImmutableExitCase.Builder exitCase(String assessmentDate) {
    return ExitCase.builder().participantId("TEST-1").assessmentDate(d(assessmentDate));
  }

  static ImmutableActivity.Builder activity(ActivityType type, String start, String end) {
    ImmutableActivity.Builder b = Activity.builder().type(type).start(d(start));
    return end == null ? b : b.end(d(end));
  }

  static Activity job(ActivityType type, String start, String end, String weeklyHours) {
    return activity(type, start, end).weeklyHours(new BigDecimal(weeklyHours)).build();
  }

  static Activity plain(ActivityType type, String start, String end) {
    return activity(type, start, end).build();
  }

  static ExitDecision decide(ExitCase exitCase) {
    return RecordSchemas.valid(RULES.assessExit(exitCase));
  }

  /** The shipped rule set (revision) that took a decision, found by its fingerprint. */
  static CompiledRuleSet ruleSetOf(ExitDecision decision) {
    return RuleSetRegistry.shipped().versions().stream()
        .filter(v -> v.reference().fingerprint().equals(decision.ruleSet().fingerprint()))
        .findFirst().orElseThrow();
  }

  /** The exit rule files of the rule set that took the decision, relative to {@code rulesets/}. */
  static List<String> exitFiles(ExitDecision decision) {
    return ruleSetOf(decision).resourcePaths().stream()
        .filter(p -> p.contains("/exit/") && p.endsWith(".drl")).toList();
  }

  /** The exit rule file of that name, e.g. {@code plie-dijon/2018.1-r2/exit/outcome.drl}. */
  static String exitFile(ExitDecision decision, String name) {
    return exitFiles(decision).stream().filter(p -> p.endsWith("/" + name)).findFirst().orElseThrow();
  }

  /** The path of a table of the rule set that took the decision, by its key in the manifest. */
  static String tablePath(ExitDecision decision, String key) {
    return ruleSetOf(decision).tablePaths().get(key);
  }

  /** How many rows of a table are in force on the decision's assessment date. */
  static int rowsInForce(ExitDecision decision, String key) {
    return rowsInForce(decision, key, "");
  }

  /** The rows of a table in force on the assessment date whose "Nom" starts with a prefix. */
  static int rowsInForce(ExitDecision decision, String key, String namePrefix) {
    LocalDate day = decision.assessmentDate();
    return (int) ruleSetOf(decision).tableLines(key).stream()
        .filter(line -> String.valueOf(line.values().getOrDefault("Nom", "")).startsWith(namePrefix))
        .filter(line -> !day.isBefore((LocalDate) line.values().get("Valide du")))
        .filter(line -> line.values().get("Valide jusqu'au") == null
            || !day.isAfter((LocalDate) line.values().get("Valide jusqu'au")))
        .count();
  }
}
