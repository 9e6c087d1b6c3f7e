package fr.plie.rules.internal;

import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.ExitCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What sharing a day's exit table rows buys (SharedTableRows): the same 500 generated exit cases
 * decided by the evaluator with the day's rows shared, as {@code PlieRules} decides, and with each
 * decision firing its rows in its own session, as before. Both with one fixed stamp, without the
 * facade, in the same run: docs/performance.md, "Third round". Run with the {@code
 * bench} profile ({@code -Dbench.filter=SharedTableRows} for this one alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SharedTableRowsBenchmark {
  private static final int CASES = 500;
  private static final RecordStamp STAMP = new RecordStamp(
      UUID.fromString("00000000-0000-4000-8000-000000000001"), Instant.parse("2019-03-01T09:00:00Z"));

  private final List<ExitCase> cases = new ArrayList<>();
  /** The version in force on each case's assessment date, as the facade would choose it. */
  private final List<CompiledRuleSet> ruleSets = new ArrayList<>();

  @Setup
  public void setUp() {
    Random random = new Random(2018);
    RuleSetRegistry registry = RuleSetRegistry.shipped();
    for (int i = 0; i < CASES; i++) {
      ExitCase exitCase = ExitCaseGenerator.valid(random);
      cases.add(exitCase);
      ruleSets.add(registry.inForceOn(exitCase.assessmentDate()).orElseThrow());
    }
  }

  /** Each decision takes its day's table rows from the shared evaluation. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void sharingTheDaysTableRows(Blackhole blackhole) {
    for (int i = 0; i < CASES; i++) {
      ExitCase exitCase = cases.get(i);
      CompiledRuleSet ruleSet = ruleSets.get(i);
      blackhole.consume(ExitEvaluator.decide(ruleSet, exitCase, List.of(), STAMP,
          ruleSet.exitTableRowsOn(exitCase.assessmentDate())));
    }
  }

  /** Each decision fires its table rows in its own session. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void firingTheTableRowsInEachDecision(Blackhole blackhole) {
    for (int i = 0; i < CASES; i++) {
      blackhole.consume(ExitEvaluator.decide(ruleSets.get(i), cases.get(i), List.of(), STAMP,
          null));
    }
  }
}
