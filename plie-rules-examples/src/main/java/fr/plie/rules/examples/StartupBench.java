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
    System.out.println(uptime + " " + decision.outcome());
  }

  static int run(int runs, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<Long> precompiled = new ArrayList<>();
    List<Long> fromDrl = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      precompiled.add(child(java, classpath, true, err));
      fromDrl.add(child(java, classpath, false, err));
    }
    long withModel = median(precompiled);
    long baseline = median(fromDrl);
    out.printf("time to first decision in a fresh JVM (median of %d runs each, ms)%n", runs);
    out.printf("  DRL compiled at start-up (baseline): %6d   runs %s%n", baseline, fromDrl);
    out.printf("  executable model precompiled:        %6d   runs %s%n", withModel, precompiled);
    out.printf("  ratio precompiled / baseline:        %6.2f%n", (double) withModel / baseline);
    return 0;
  }

  private static long child(String java, String classpath, boolean precompiled, PrintStream err)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java, "-Dplie.rules.precompiled=" + precompiled,
        "-cp", classpath, StartupBench.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int status = process.waitFor();
    if (status != 0 || !output.matches("\\d+ \\w+")) {
      throw new IllegalStateException("benchmark child failed (exit " + status + "): " + output);
    }
    return Long.parseLong(output.split(" ")[0]);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
