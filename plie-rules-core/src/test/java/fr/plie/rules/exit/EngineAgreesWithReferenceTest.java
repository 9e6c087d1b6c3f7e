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
 * The Drools rules against {@link ReferenceExitRoutes} on thousands of generated cases. Also the
 * performance baseline: it prints how long the engine took.
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
    for (int i = 0; i < CASES; i++) {
      ExitCase c = ExitCaseGenerator.valid(random);
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
        if (route.status() != expected.status() || !java.util.Objects.equals(route.date(), expected.date())) {
          differences.add(route.route() + " " + route.status() + " " + route.date() + " vs "
              + expected.status() + " " + expected.date());
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
  }
}
