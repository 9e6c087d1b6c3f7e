package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The batch measured against plain JSON in the same run (docs/performance.md, "Batch"):
 * <ul>
 *   <li>time: {@code plie-rules batch} on all cores against the baseline that reads the same
 *       records strictly and writes a decision of the same form for each (taken from decisions
 *       computed beforehand), on one thread — the cost of the I/O alone;</li>
 *   <li>memory: the batch in a fresh JVM with a fixed heap ({@code -Xmx256m}) on 10^4, 10^5...
 *       records, reporting its peak RSS and peak heap in use: flat if the batch streams.</li>
 * </ul>
 * Run: {@code plie-rules bench batch [--memory-only] [N...]}, or {@code plie-rules bench all}.
 */
final class BatchBench {
  private BatchBench() {}

  /** The records a benchmark batch holds. */
  enum Records {
    /** Half entry applications, half exit cases, alternating. */
    mixed,
    /** Entry applications only. */
    entry,
    /** Exit cases only: the issue's « 10^6 exit cases » measure. */
    exit
  }

  /**
   * Measures, or (as a child JVM) runs one batch and prints its peak memory.
   *
   * @param args record counts (default 10000 100000), then optionally {@code --records KIND},
   *     or {@code child IN OUT}
   * @throws Exception when a file cannot be written or a child fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    List<Integer> sizes = new ArrayList<>();
    boolean memoryOnly = false;
    Records records = Records.mixed;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--memory-only")) {
        memoryOnly = true;
      } else if (a.equals("--records") && i + 1 < args.length) {
        records = Records.valueOf(args[++i]);
      } else {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    run(sizes, records, memoryOnly, System.out);
  }

  static void run(List<Integer> sizes, Records records, boolean memoryOnly, PrintStream out)
      throws Exception {
    Path dir = Files.createTempDirectory("plie-batch-bench");
    PlieRules rules = PlieRules.load();
    List<String> cohort = cohort(records);
    out.printf(Locale.ROOT, "machine: %d processors, Java %s, max heap %d MiB, %s; records: %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, collectorName(), records);
    Path warm = generate(dir, cohort, 10_000);
    if (!memoryOnly) {
      time(rules, cohort, warm, dir, false);
      time(rules, cohort, warm, dir, true);
      out.println("records  form     baseline read+write s  batch s  ratio  batch records/s"
          + "  batch on 1 thread s  speed-up");
    }
    for (int n : sizes) {
      Path in = generate(dir, cohort, n);
      for (boolean full : memoryOnly ? new boolean[0] : new boolean[] {false, true}) {
        double[] t = time(rules, cohort, in, dir, full);
        double one = batch(rules, in, dir, full, 1);
        out.printf(Locale.ROOT, "%,8d %-8s %21.2f %8.2f %6.1f %,16.0f %20.2f %9.2f%n", n,
            full ? "full" : "compact", t[0], t[1], t[1] / t[0], n / t[1], one, one / t[1]);
      }
    }
    out.println();
    out.println("records  peak RSS MiB  peak heap used MiB  peak heap after GC MiB  seconds"
        + "  (fresh JVM, -Xmx256m, compact form)");
    for (int n : sizes) {
      Path in = dir.resolve("in-" + n + ".jsonl");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
      command.addAll(collector());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"),
          BatchBench.class.getName(), "child", in.toString(),
          dir.resolve("child.jsonl").toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String result;
      try (InputStream s = p.getInputStream()) {
        result = new String(s.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      int status = p.waitFor();
      String[] last = result.lines().reduce((a, b) -> b).orElse("").split(" ");
      boolean read = last.length == 4;
      out.printf(Locale.ROOT, "%,8d %13s %19s %23s %8s%s%n", n, read ? last[0] : "?",
          read ? last[1] : "?", read ? last[2] : "?", read ? last[3] : "?",
          status == 0 ? "" : "  (exit " + status + ": " + result + ")");
      Files.deleteIfExists(in);
    }
    Files.deleteIfExists(dir.resolve("child.jsonl"));
    Files.deleteIfExists(dir.resolve("base.jsonl"));
    Files.deleteIfExists(dir.resolve("batch.jsonl"));
    Files.deleteIfExists(warm);
    Files.deleteIfExists(dir);
  }

  /**
   * The collector this JVM was started with (the launcher's parallel collector, or the one
   * JAVA_OPTS chose), for the fresh JVMs measuring memory: the figures are the launcher's.
   */
  private static List<String> collector() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.matches("-XX:\\+Use\\w*GC")).toList();
  }

  /** The collector in use, by its beans' names ("PS Scavenge + PS MarkSweep": the parallel one). */
  static String collectorName() {
    return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName)
        .collect(java.util.stream.Collectors.joining(" + "));
  }

  /** {baseline seconds, batch seconds} for one file and form. */
  private static double[] time(PlieRules rules, List<String> records, Path in, Path dir,
      boolean full) throws Exception {
    // The decisions the baseline writes: one per distinct record of the cohort, taken beforehand.
    List<String> cohort = precomputed(rules, records, full);
    long start = System.nanoTime();
    try (RecordReader reader = RecordReader.open(in);
        Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve("base.jsonl")),
            1 << 16)) {
      int i = 0;
      while (reader.hasNext()) {
        InputRecord record = reader.next();
        Object value = InputKind.of(record.json()) == InputKind.EXIT
            ? PlieJson.fromTree(record.json(), ExitCase.class)
            : PlieJson.fromTree(record.json(), EntryApplication.class);
        if (value == null) {
          throw new IllegalStateException();
        }
        out.write(cohort.get(i++ % cohort.size()));
        out.write('\n');
      }
    }
    double baseline = (System.nanoTime() - start) / 1e9;
    return new double[] {baseline,
        batch(rules, in, dir, full, Runtime.getRuntime().availableProcessors())};
  }

  /** Seconds of {@code plie-rules batch} on {@code threads} threads. */
  private static double batch(PlieRules rules, Path in, Path dir, boolean full, int threads) {
    List<String> args = new ArrayList<>(List.of("batch", in.toString(), "-o",
        dir.resolve("batch.jsonl").toString(), "--no-progress", "--threads",
        Integer.toString(threads)));
    if (full) {
      args.add("--full");
    }
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    long start = System.nanoTime();
    int status = new PlieRulesCli(quiet, quiet, rules).run(args.toArray(String[]::new));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("the batch exited with " + status);
    }
    return seconds;
  }

  private static List<String> cached;
  private static List<String> cachedRecords;
  private static boolean cachedFull;

  /** The cohort's decisions in the batch's output form, computed once. */
  private static List<String> precomputed(PlieRules rules, List<String> records, boolean full)
      throws Exception {
    if (cached != null && cachedFull == full && cachedRecords == records) {
      return cached;
    }
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String line : records) {
      Object decision = rules.batch().threads(1).decide(List.of(
          fr.plie.rules.api.BatchInput.json("x:" + ++n, PlieJson.parse(line))).iterator()).next()
          .decision();
      out.add(full ? PlieJson.writeLine(decision)
          : BatchCommand.compact("x:" + n, (fr.plie.rules.model.DecisionRecord) decision));
    }
    cached = out;
    cachedRecords = records;
    cachedFull = full;
    return out;
  }

  /**
   * The records repeated to make a file of N: 60 generated by the seeded generators of the
   * benchmarks (by default half entry applications, half exit cases), as JSON lines. Generated,
   * not read from the samples, so that the command runs from any directory.
   */
  static List<String> cohort(Records records) throws References.Missing {
    java.util.function.Function<java.util.Random, fr.plie.rules.model.EntryApplication> entries =
        References.entryGenerator();
    java.util.function.Function<java.util.Random, fr.plie.rules.model.ExitCase> exits =
        References.exitGenerator();
    java.util.Random random = new java.util.Random(2018);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      boolean entry = records == Records.entry || records == Records.mixed && i % 2 == 0;
      lines.add(PlieJson.writeLine(entry ? entries.apply(random) : exits.apply(random)));
    }
    return lines;
  }

  /** N records: the cohort's, over and over, each with its own participant id. */
  private static Path generate(Path dir, List<String> cohort, int n) throws IOException {
    Path file = dir.resolve("in-" + n + ".jsonl");
    try (Writer out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < n; i++) {
        String line = cohort.get(i % cohort.size());
        out.write(line.replaceFirst("\"participantId\" ?: ?\"([^\"]*)\"",
            "\"participantId\":\"$1-" + i + "\""));
        out.write('\n');
      }
    }
    return file;
  }

  /**
   * In a fresh JVM: the batch, then "peak RSS MiB, peak heap used MiB (garbage included, sampled),
   * peak heap in use after a collection MiB (what the batch keeps), seconds".
   */
  private static void child(Path in, Path out) throws Exception {
    AtomicLong peakHeap = new AtomicLong();
    AtomicLong peakAfterGc = new AtomicLong();
    for (java.lang.management.GarbageCollectorMXBean gc
        : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((javax.management.NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo
            .GARBAGE_COLLECTION_NOTIFICATION)) {
          com.sun.management.GarbageCollectionNotificationInfo info =
              com.sun.management.GarbageCollectionNotificationInfo.from(
                  (javax.management.openmbean.CompositeData) n.getUserData());
          long used = 0;
          for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            var after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null) {
              used += after.getUsed();
            }
          }
          peakAfterGc.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    long start = System.nanoTime();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
            .getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    int status = new PlieRulesCli(quiet, System.err).run(new String[] {"batch", in.toString(),
        "-o", out.toString(), "--no-progress"});
    sampler.interrupt();
    long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("[^0-9]", ""))
        .mapToLong(Long::parseLong).findFirst().orElse(-1);
    System.out.println((rssKb / 1024) + " " + (peakHeap.get() >> 20) + " "
        + (peakAfterGc.get() >> 20) + " "
        + String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e9));
    System.exit(status);
  }
}
