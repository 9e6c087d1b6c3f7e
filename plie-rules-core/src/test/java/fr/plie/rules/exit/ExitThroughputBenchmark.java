package fr.plie.rules.exit;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.ExitCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Exit decisions per second: the Drools rules (precompiled, with explanations, fired rules and
 * citations) against the independent plain-Java reference of the same routes, which computes
 * outcomes and dates only — the baseline, measured in the same run on the same generated cases.
 * Run with the {@code bench} profile (docs/performance.md); not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExitThroughputBenchmark {
  private static final int CASES = 500;
  private List<ExitCase> cases;
  private PlieRules rules;

  @Setup
  public void setUp() {
    Random random = new Random(2018);
    cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(ExitCaseGenerator.valid(random));
    }
    rules = PlieRules.load().warmUp();
  }

  /** One operation decides all the cases: throughput × 500 = decisions per second. */
  @Benchmark
  public void engine(Blackhole blackhole) {
    for (ExitCase c : cases) {
      blackhole.consume(rules.assessExit(c));
    }
  }

  @Benchmark
  public void reference(Blackhole blackhole) {
    for (ExitCase c : cases) {
      blackhole.consume(ReferenceExitRoutes.decide(c));
    }
  }
}
