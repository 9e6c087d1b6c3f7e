package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code plie-rules bench startup}: time from JVM start to the first entry decision, in fresh JVMs,
 * with the rules precompiled at build time and with them compiled from DRL at start-up (the
 * baseline), measured in the same run and reported as a ratio. Runs alternate between the two so
 * that a busy machine affects both alike.
 */
final class StartupBench {
  private StartupBench() {}

  /** The child process: decide once, print the JVM uptime in milliseconds. */
  public static void main(String[] args) {
    EntryDecision decision = PlieRules.load().assessEntry(EntryApplication.builder()
        .participantId("bench")
        .assessmentDate(LocalDate.of(2018, 3, 15))
        .residenceInseeCode("21231")
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .insufficientQualification(true)
        .neverWorked(true)
        .complexFamilySituation(true)
        .build());
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    // Heap still in use once the decision is taken (after a full GC): what the rules keep.
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(uptime + " " + heap + " " + decision.outcome());
  }

  static int run(int runs, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<Long> precompiled = new ArrayList<>();
    List<Long> fromDrl = new ArrayList<>();
    List<Long> precompiledHeap = new ArrayList<>();
    List<Long> fromDrlHeap = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long[] a = child(java, classpath, true);
      long[] b = child(java, classpath, false);
      precompiled.add(a[0]);
      precompiledHeap.add(a[1] / (1024 * 1024));
      fromDrl.add(b[0]);
      fromDrlHeap.add(b[1] / (1024 * 1024));
    }
    long withModel = median(precompiled);
    long baseline = median(fromDrl);
    out.printf("time to first decision in a fresh JVM (median of %d runs each, ms)%n", runs);
    out.printf("  DRL compiled at start-up (baseline): %6d   runs %s%n", baseline, fromDrl);
    out.printf("  executable model precompiled:        %6d   runs %s%n", withModel, precompiled);
    out.printf("  ratio precompiled / baseline:        %6.2f%n", (double) withModel / baseline);
    out.printf("heap in use after the first decision (median, MiB)%n");
    out.printf("  DRL compiled at start-up (baseline): %6d%n", median(fromDrlHeap));
    out.printf("  executable model precompiled:        %6d%n", median(precompiledHeap));
    out.printf("  ratio precompiled / baseline:        %6.2f%n",
        (double) median(precompiledHeap) / Math.max(1, median(fromDrlHeap)));
    return 0;
  }

  /** {uptime ms, heap bytes} of one child JVM. */
  private static long[] child(String java, String classpath, boolean precompiled)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java, "-Dplie.rules.precompiled=" + precompiled,
        "-cp", classpath, StartupBench.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int status = process.waitFor();
    if (status != 0 || !output.matches("\\d+ \\d+ \\w+")) {
      throw new IllegalStateException("benchmark child failed (exit " + status + "): " + output);
    }
    String[] fields = output.split(" ");
    return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
