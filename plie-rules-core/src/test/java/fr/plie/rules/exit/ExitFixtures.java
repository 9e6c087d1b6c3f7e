package fr.plie.rules.exit;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.model.RecordSchemas;
import java.math.BigDecimal;
import java.time.LocalDate;

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
}
