package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code plie-rules bench throughput} as a user runs it: for entry and for exit, the engine's
 * rate, the reference's and the ratio, on one thread and on all cores. It measures nothing here
 * (a short run on a busy build machine): it checks that the report is complete and readable.
 */
class ThroughputBenchTest {
  private static final Pattern RATE = Pattern.compile("[0-9][0-9,]*");

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PlieRulesCli(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), PlieRules.load()).run(args);
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void reports_engine_and_reference_rates_and_their_ratio_for_both_kinds() {
    String[] run = run("bench", "throughput", "--seconds", "0.3");
    assertThat(run[0]).isEqualTo("0");
    assertThat(run[2]).isEmpty();
    for (String kind : new String[] {"entry", "exit"}) {
      String engine = line(run[1], kind + " +engine, full explained decision");
      String reference = line(run[1], kind + " +plain-Java reference \\(baseline\\)");
      // Two rates each: one thread, all cores.
      assertThat(RATE.matcher(engine.replaceFirst(".*decision", "")).results().count()).isEqualTo(2);
      assertThat(RATE.matcher(reference.replaceFirst(".*\\(baseline\\)", "")).results().count())
          .isEqualTo(2);
      assertThat(line(run[1], kind + " +cost of a decision, engine / reference"))
          .containsPattern("[0-9]+\\.[0-9]$");
    }
  }

  @Test
  void bench_batch_reports_the_batch_against_plain_json_and_its_memory_per_size() {
    String[] run = run("bench", "batch", "300");
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    // Time: one line per form, with the baseline, the batch, their ratio and one thread's time.
    assertThat(run[1]).containsPattern("(?m)^ +300 compact +[0-9.]+ +[0-9.]+ +[0-9.]+ ")
        .containsPattern("(?m)^ +300 full +[0-9.]+ +[0-9.]+ +[0-9.]+ ");
    // Memory, from a fresh JVM: four figures, none unknown.
    assertThat(run[1]).contains("peak heap after GC MiB")
        .containsPattern("(?m)^ +300 +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$");
  }

  @Test
  void bench_batch_decides_the_kind_of_records_asked_for() throws Exception {
    // The measure is a million exit cases: --records exit must give exit cases only.
    for (BatchBench.Records records : BatchBench.Records.values()) {
      Set<InputKind> kinds = new TreeSet<>();
      for (String line : BatchBench.cohort(records)) {
        kinds.add(InputKind.of(PlieJson.parse(line)));
      }
      assertThat(kinds).as(records.name()).containsExactlyElementsOf(switch (records) {
        case mixed -> List.of(InputKind.ENTRY, InputKind.EXIT);
        case entry -> List.of(InputKind.ENTRY);
        case exit -> List.of(InputKind.EXIT);
      });
    }
    String[] run = run("bench", "batch", "--memory-only", "--records", "exit", "200");
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    assertThat(run[1]).contains("records: exit")
        .containsPattern("(?m)^ +200 +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$");
  }

  @Test
  void a_duration_that_is_not_positive_is_refused() {
    String[] run = run("bench", "throughput", "--seconds", "0");
    assertThat(run[0]).isEqualTo(Integer.toString(PlieRulesCli.INVALID));
    assertThat(run[2]).contains("--seconds");
  }

  private static String line(String out, String regex) {
    return out.lines().filter(l -> l.matches(regex + ".*")).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + regex + " in:\n" + out));
  }
}
