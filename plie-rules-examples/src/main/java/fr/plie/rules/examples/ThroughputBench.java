package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code plie-rules bench throughput}: entry and exit decisions per second through the engine (the
 * full explained decision), against the plain-Java references of the same rules (statuses, dates
 * and outcome only: the baseline), on the same generated inputs, in the same run. The one-thread
 * figures count decisions per CPU-second of the deciding thread, rounds of engine and reference
 * alternating, so that other work on the machine touches both alike; the all-cores figures are
 * decisions per second of wall time with one deciding thread per core.
 */
final class ThroughputBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int INPUTS = 2_000;
  private static final int ROUNDS = 3;
  /** Keeps the JIT from dropping work whose result nobody reads. */
  static volatile int sink;

  private ThroughputBench() {}

  /** One measurement: decisions, CPU time of the deciding thread(s), wall time. */
  record Rate(long decisions, long cpuNanos, long wallNanos) {
    double perCpuSecond() {
      return decisions / (cpuNanos / 1e9);
    }

    double perWallSecond() {
      return decisions / (wallNanos / 1e9);
    }
  }

  static int run(double seconds, PrintStream out) throws Exception {
    PlieRules rules = PlieRules.load().warmUp();
    Function<Random, EntryApplication> entryGenerator = References.entryGenerator();
    Function<Random, ExitCase> exitGenerator = References.exitGenerator();
    Random random = new Random(2018);
    List<EntryApplication> applications = new ArrayList<>();
    List<ExitCase> cases = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      applications.add(entryGenerator.apply(random));
      cases.add(exitGenerator.apply(random));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf("plie-rules bench throughput: %d cores, Java %s (%s, %s), %.1f s per measurement%n",
        cores, System.getProperty("java.version"), System.getProperty("java.vm.name"),
        BatchBench.collectorName(), seconds);
    out.println("decisions per second; 1 thread: per CPU-second of the deciding thread (median of "
        + ROUNDS + " rounds); all cores: per second of wall time");
    out.printf("%-6s %-38s %14s %14s%n", "kind", "", "1 thread", "all cores");
    compare("entry", applications, rules::assessEntry, References.entryReference(), cores,
        seconds, out);
    compare("exit", cases, rules::assessExit, References.exitReference(), cores, seconds, out);
    return 0;
  }

  private static <T> void compare(String kind, List<T> inputs, Function<T, ?> engine,
      Function<T, ?> reference, int cores, double seconds, PrintStream out) throws Exception {
    // Warm-up: both paths compiled by the JIT before anything is counted.
    measure(inputs, engine, seconds / 2);
    measure(inputs, reference, seconds / 2);
    List<Double> engineRates = new ArrayList<>();
    List<Double> referenceRates = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      engineRates.add(measure(inputs, engine, seconds / ROUNDS).perCpuSecond());
      referenceRates.add(measure(inputs, reference, seconds / ROUNDS).perCpuSecond());
    }
    double engineOne = median(engineRates);
    double referenceOne = median(referenceRates);
    double engineAll = parallel(inputs, engine, cores, seconds).perWallSecond();
    double referenceAll = parallel(inputs, reference, cores, seconds).perWallSecond();
    out.printf("%-6s %-38s %,14.0f %,14.0f%n", kind, "engine, full explained decision",
        engineOne, engineAll);
    out.printf("%-6s %-38s %,14.0f %,14.0f%n", kind, "plain-Java reference (baseline)",
        referenceOne, referenceAll);
    out.printf("%-6s %-38s %14.1f%n", kind, "cost of a decision, engine / reference",
        referenceOne / engineOne);
  }

  /** Decides inputs in turn on this thread for about {@code seconds} of wall time. */
  static <T> Rate measure(List<T> inputs, Function<T, ?> decide, double seconds) {
    long wallStart = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long deadline = wallStart + (long) (seconds * 1e9);
    long decisions = 0;
    int hash = 0;
    while (System.nanoTime() < deadline || decisions == 0) {
      for (T input : inputs) {
        hash += decide.apply(input).hashCode();
        decisions++;
        if ((decisions & 63) == 0 && System.nanoTime() >= deadline) {
          break;
        }
      }
    }
    sink += hash;
    return new Rate(decisions, THREADS.getCurrentThreadCpuTime() - cpuStart,
        System.nanoTime() - wallStart);
  }

  /** One deciding thread per core, each on its own share of the inputs. */
  static <T> Rate parallel(List<T> inputs, Function<T, ?> decide, int threads, double seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long wallStart = System.nanoTime();
      List<Future<Rate>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<T> share = new ArrayList<>(inputs.subList(t * inputs.size() / threads,
            (t + 1) * inputs.size() / threads));
        Collections.shuffle(share, new Random(t));
        parts.add(pool.submit(() -> measure(share, decide, seconds)));
      }
      long decisions = 0;
      long cpu = 0;
      for (Future<Rate> part : parts) {
        decisions += part.get().decisions();
        cpu += part.get().cpuNanos();
      }
      return new Rate(decisions, cpu, System.nanoTime() - wallStart);
    } finally {
      pool.shutdown();
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
