package fr.plie.rules.internal;

import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.ExitCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * What sharing a day's exit table rows buys, paired in one JVM: the same 2,000 generated exit cases
 * decided with the day's rows shared and with each decision firing its rows, in alternating rounds
 * (the order of the two ways alternating too), the first third of the rounds discarded as warm-up.
 * Both ways run on the same JIT-compiled code and heap, so a difference of a few per cent shows,
 * which JMH's iterations of {@link SharedTableRowsBenchmark} cannot tell from their error
 * (docs/performance.md, "Third round"). Run with the {@code bench} profile:
 * {@code ./mvnw -B -q -Pbench -DskipTests -Dbench.main=fr.plie.rules.internal.SharedTableRowsPairedComparison verify -pl plie-rules-model,plie-rules-core}
 * (the JMH options the profile passes are ignored).
 */
public final class SharedTableRowsPairedComparison {
  private static final int CASES = 2_000;
  private static final int ROUNDS = 30;

  private SharedTableRowsPairedComparison() {}

  public static void main(String[] ignored) {
    RuleSetRegistry registry = RuleSetRegistry.shipped();
    Random random = new Random(42);
    List<ExitCase> cases = new ArrayList<>();
    List<CompiledRuleSet> ruleSets = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      ExitCase exitCase = ExitCaseGenerator.valid(random);
      cases.add(exitCase);
      ruleSets.add(registry.inForceOn(exitCase.assessmentDate()).orElseThrow());
    }
    RecordStamp stamp = new RecordStamp(
        UUID.fromString("00000000-0000-4000-8000-000000000001"), Instant.parse("2019-03-01T09:00:00Z"));
    for (int i = 0; i < CASES; i++) {
      CompiledRuleSet ruleSet = ruleSets.get(i);
      ExitCase exitCase = cases.get(i);
      if (!ExitEvaluator.decide(ruleSet, exitCase, List.of(), stamp, null).equals(ExitEvaluator
          .decide(ruleSet, exitCase, List.of(), stamp, ruleSet.exitTableRowsOn(exitCase.assessmentDate())))) {
        throw new IllegalStateException("the two ways decide case " + i + " differently");
      }
    }
    double[] micros = new double[2];
    int counted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < 2; k++) {
        boolean shared = (round % 2 == 0) == (k == 0);
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
          CompiledRuleSet ruleSet = ruleSets.get(i);
          ExitCase exitCase = cases.get(i);
          ExitEvaluator.decide(ruleSet, exitCase, List.of(), stamp,
              shared ? ruleSet.exitTableRowsOn(exitCase.assessmentDate()) : null);
        }
        if (round >= ROUNDS / 3) {
          micros[shared ? 0 : 1] += (System.nanoTime() - start) / 1e3 / CASES;
        }
      }
      counted += round >= ROUNDS / 3 ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "exit decisions, %d cases, %d rounds counted of %d:"
        + " table rows shared %.1f µs, fired in each decision %.1f µs, ratio %.3f (collector: %s)%n",
        CASES, counted, ROUNDS, micros[0] / counted, micros[1] / counted, micros[0] / micros[1],
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .collect(java.util.stream.Collectors.joining(" + ")));
  }
}
