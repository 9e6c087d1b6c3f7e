package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Drools rules (the current revision of each version) against {@link ReferenceExitRoutes} on
 * thousands of generated cases: routes' statuses, dates and possible dates, the outcome and its
 * dates. Also the performance baseline: it prints how long the engine took.
 */
class EngineAgreesWithReferenceTest {
  private static final int CASES = 3000;
  private static final long SEED = 20180101L;

  @Test
  void the_engine_decides_every_generated_case_like_the_reference() {
    Random random = new Random(SEED);
    List<String> mismatches = new ArrayList<>();
    Map<ExitOutcome, Integer> outcomes = new EnumMap<>(ExitOutcome.class);
    Set<ExitRoute> acquiredRoutes = EnumSet.noneOf(ExitRoute.class);
    long engineNanos = 0;
    int pathwayExclusions = 0;
    int runs = 0;
    for (int i = 0; i < CASES; i++) {
      ExitCase c = ExitCaseGenerator.valid(random);
      boolean excludes = c.pathwayStartDate() != null && c.activities().stream()
          .anyMatch(a -> a.start().isBefore(c.pathwayStartDate()));
      pathwayExclusions += excludes ? 1 : 0;
      runs += runOfThreeOrMore(c) ? 1 : 0;
      long before = System.nanoTime();
      ExitDecision engine = ExitFixtures.decide(c);
      engineNanos += System.nanoTime() - before;
      ReferenceExitRoutes.Decision reference = ReferenceExitRoutes.decide(c);
      outcomes.merge(engine.outcome(), 1, Integer::sum);
      List<String> differences = new ArrayList<>();
      if (engine.outcome() != reference.outcome()) {
        differences.add("outcome " + engine.outcome() + " vs " + reference.outcome());
      }
      if (!java.util.Objects.equals(engine.positiveExitDate(), reference.positiveExitDate())
          || !java.util.Objects.equals(engine.projectedPositiveExitDate(),
              reference.projectedPositiveExitDate())) {
        differences.add("dates " + engine.positiveExitDate() + "/" + engine.projectedPositiveExitDate()
            + " vs " + reference.positiveExitDate() + "/" + reference.projectedPositiveExitDate());
      }
      for (RouteAssessment route : engine.routes()) {
        ReferenceExitRoutes.Verdict expected = reference.routes().get(route.route());
        if (route.status() != expected.status() || !java.util.Objects.equals(route.date(), expected.date())
            || !java.util.Objects.equals(route.possibleDate(), expected.possibleDate())) {
          differences.add(route.route() + " " + route.status() + " " + route.date() + "/"
              + route.possibleDate() + " vs " + expected.status() + " " + expected.date() + "/"
              + expected.possibleDate());
        }
        if (route.status() == fr.plie.rules.model.RouteStatus.ACQUIRED) {
          acquiredRoutes.add(route.route());
        }
      }
      if (!differences.isEmpty() && mismatches.size() < 5) {
        mismatches.add(differences + " for " + PlieJson.writeLine(c));
      }
    }
    System.out.printf("exit engine baseline: %d cases in %d ms (%.2f ms/case), outcomes %s%n",
        CASES, engineNanos / 1_000_000, engineNanos / 1e6 / CASES, outcomes);
    assertThat(mismatches).isEmpty();
    // The generator must reach every outcome and every route, or the comparison proves little.
    assertThat(outcomes.keySet()).containsExactlyInAnyOrder(ExitOutcome.values());
    assertThat(acquiredRoutes).containsExactlyInAnyOrder(ExitRoute.values());
    // ... and the shapes of issue 8: activities begun before the pathway, runs of 3 or more
    // contracts of one type separated by at most 3 days.
    assertThat(pathwayExclusions).isGreaterThan(CASES / 10);
    assertThat(runs).isGreaterThan(CASES / 10);
  }

  /** Three activities of one type or more, each starting 1 to 4 days after the previous ends. */
  private static boolean runOfThreeOrMore(ExitCase c) {
    List<fr.plie.rules.model.Activity> sorted = new ArrayList<>(c.activities());
    sorted.sort(java.util.Comparator.comparing(fr.plie.rules.model.Activity::start));
    for (int i = 0; i + 2 < sorted.size(); i++) {
      int chained = 1;
      for (int j = i + 1; j < sorted.size() && chained < 3; j++) {
        var previous = sorted.get(j - 1);
        var next = sorted.get(j);
        if (next.type() != previous.type() || previous.end() == null) {
          break;
        }
        long gap = java.time.temporal.ChronoUnit.DAYS.between(previous.end(), next.start()) - 1;
        if (gap < 0 || gap > 3) {
          break;
        }
        chained++;
      }
      if (chained >= 3) {
        return true;
      }
    }
    return false;
  }
}
