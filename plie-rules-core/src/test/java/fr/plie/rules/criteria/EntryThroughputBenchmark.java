package fr.plie.rules.criteria;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
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
 * Entry decisions per second: the Drools rules (precompiled, full explained decision) against
 * {@link ReferenceEntryCriteria}, the plain-Java reading that computes statuses and the outcome
 * only — the baseline, measured in the same run on the same generated applications. Run with the
 * {@code bench} profile (docs/performance.md); not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntryThroughputBenchmark {
  private static final int APPLICATIONS = 500;
  private List<EntryApplication> applications;
  private PlieRules rules;

  @Setup
  public void setUp() {
    Random random = new Random(2018);
    applications = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      applications.add(EntryApplicationGenerator.valid(random));
    }
    rules = PlieRules.load().warmUp();
  }

  /** One operation decides all the applications: throughput × 500 = decisions per second. */
  @Benchmark
  public void engine(Blackhole blackhole) {
    for (EntryApplication a : applications) {
      blackhole.consume(rules.assessEntry(a));
    }
  }

  @Benchmark
  public void reference(Blackhole blackhole) {
    for (EntryApplication a : applications) {
      blackhole.consume(ReferenceEntryCriteria.decide(a));
    }
  }
}
