package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input half of issue 9 through the command line, each with its repro: hostile input never
 * crashes a batch, never loses a record, never reaches the terminal raw, never gives a stack trace.
 */
class HostileInputTest {
  private static final PlieRules RULES = PlieRules.load();
  private static final String EXIT = "{\"participantId\":\"%s\",\"assessmentDate\":\"2018-12-31\","
      + "\"activities\":[{\"type\":\"CDD\",\"start\":\"2018-01-01\",\"end\":\"2018-07-31\",\"weeklyHours\":35}]}";

  @TempDir
  Path dir;

  static CliRun run(PlieRules rules, String... args) {
    return CliRun.of(rules, args);
  }

  static CliRun run(String... args) {
    return run(RULES, args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static String exitCase(String id) {
    return String.format(EXIT, id);
  }

  private static void noStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:")
        .doesNotContain("StreamReadConstraints").doesNotContain("com.fasterxml");
  }

  /** The --explain entries, in order: each is a block ending with a blank line. */
  private static List<String> entries(String explained) {
    List<String> out = new ArrayList<>();
    for (String block : explained.split("\n\n")) {
      if (!block.isBlank()) {
        out.add(block.lines().findFirst().orElseThrow());
      }
    }
    return out;
  }

  @Nested
  class Item2_dates_and_isolation {
    @Test
    void a_far_future_end_is_invalid_input_and_the_other_records_are_decided() throws IOException {
      String far = "{\"participantId\":\"B\",\"assessmentDate\":\"2018-12-31\",\"activities\":["
          + "{\"type\":\"CDD\",\"start\":\"2018-01-01\"},{\"type\":\"CDD\",\"start\":\"2018-02-01\"},"
          + "{\"type\":\"CDD\",\"start\":\"2018-01-01\",\"end\":\"+999999999-12-31\",\"weeklyHours\":35}]}";
      Path batch = file("b.jsonl", exitCase("A") + "\n" + far + "\n" + exitCase("C") + "\n");

      CliRun run = run("exit", batch.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.lines()).hasSize(3);
      assertThat(PlieJson.readExitDecision(run.lines().get(0)).outcome()).isEqualTo(ExitOutcome.POSITIVE);
      assertThat(run.lines().get(1)).isEqualTo("{\"record\":\"" + batch + ":2\",\"invalidInput\":["
          + "{\"field\":\"activities[2].end\",\"problem\":\"is outside the accepted"
          + " dates, 1900-01-01 to 2100-12-31\"}]}");
      assertThat(PlieJson.readExitDecision(run.lines().get(2)).participantId()).isEqualTo("C");
      noStackTrace(run);
    }

    @Test
    void a_far_past_start_in_a_stored_decision_is_refused_by_replay_naming_the_field()
        throws IOException {
      ExitDecision decision = RULES.assessExit(PlieJson.readExitCase(exitCase("R")));
      Path stored = file("decision.json", PlieJson.write(decision)
          .replace("\"start\" : \"2018-01-01\"", "\"start\" : \"-999999999-01-01\""));

      CliRun run = run("replay", stored.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("exitCase.activities[0].start: is outside the accepted dates")
          .doesNotContain("-999999999");
      noStackTrace(run);
    }
  }

  /**
   * A record that makes the engine throw. No input can do so any more (the dates are bounded), so
   * a copy of the rules is given one rule that throws for one participant.
   */
  @Nested
  class Item2_a_record_that_breaks_the_engine {
    private PlieRules breaking() throws IOException {
      Path rulesets = dir.resolve("rulesets");
      RuleSetWorkbench.exportShipped(rulesets);
      Path drl = rulesets.resolve("plie-dijon/2018.1/entry/work-authorization.drl");
      Files.writeString(drl, Files.readString(drl) + """

          rule "TEST: breaks on one participant"
            @section("§I.C.1")
            @quote("Les participants PLIE doivent […] disposer d'une autorisation de travailler")
          when
            EntryApplication( participantId == "BOOM" )
          then
            throw new java.time.DateTimeException("Invalid value for Year: 1000000000");
          end
          """);
      // Only the class path may bring rule files the library does not ship (a folder may not).
      return PlieRules.loadFromClassPath(
          new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null), "rulesets");
    }

    @Test
    void it_becomes_an_error_entry_in_every_mode_and_exit_code_1() throws IOException {
      String sample = Files.readString(Path.of("samples/entry/eligible-dijon-long-term-unemployed.json"))
          .replaceAll("\\s*\\n\\s*", " ");
      Path batch = file("entries.jsonl", sample + "\n"
          + sample.replace("DIJ-2018-0001", "BOOM") + "\n" + sample.replace("DIJ-2018-0001", "LAST") + "\n");
      PlieRules rules = breaking();

      CliRun json = run(rules, "entry", batch.toString());
      assertThat(json.status()).isEqualTo(1);
      assertThat(json.lines()).hasSize(3);
      assertThat(PlieJson.readEntryDecision(json.lines().get(0)).participantId()).isEqualTo("DIJ-2018-0001");
      JsonNode failed = PlieJson.parse(json.lines().get(1));
      assertThat(failed.get("record").asText()).isEqualTo(batch + ":2");
      assertThat(failed.get("internalError").asText()).contains("DateTimeException");
      assertThat(PlieJson.readEntryDecision(json.lines().get(2)).participantId()).isEqualTo("LAST");
      // The rule and the kind of error, not the error's message: it may quote the input (issue 10).
      String failure = "IllegalStateException: rule set plie-dijon 2018.1: rule 'TEST: breaks on one"
          + " participant' failed with java.time.DateTimeException (its message, which may quote the"
          + " input, is not repeated)";
      assertThat(json.err()).isEqualTo("plie-rules: internal error while deciding " + batch
          + ":2: " + failure + "\n");
      assertThat(failed.get("internalError").asText()).isEqualTo(failure);

      CliRun explained = run(rules, "entry", "--explain", batch.toString());
      assertThat(explained.status()).isEqualTo(1);
      assertThat(entries(explained.out())).hasSize(3);
      assertThat(entries(explained.out()).get(1))
          .startsWith("Erreur interne : " + batch + ":2 n'a pas pu être décidé (");

      CliRun mixed = run(rules, "decide", batch.toString(), "samples/invalid/exit-end-before-start.json");
      assertThat(mixed.status()).as("internal error takes precedence over invalid input").isEqualTo(1);
      assertThat(mixed.lines()).hasSize(4);
    }
  }

  @Nested
  class Item3_memory_and_limits {
    @Test
    void a_line_longer_than_1_mib_is_an_error_line_and_the_batch_goes_on() throws IOException {
      String huge = "{\"participantId\":\"H\",\"assessmentDate\":\"2018-12-31\",\"employer\":\""
          + "x".repeat(2 * 1024 * 1024) + "\"}";
      Path batch = file("big.jsonl", exitCase("A") + "\n" + huge + "\n" + exitCase("C"));

      CliRun run = run("exit", batch.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.lines()).hasSize(3);
      assertThat(run.lines().get(1)).contains(batch + ":2").contains("longer than 1 MiB");
      assertThat(run.err().length()).isLessThan(500);
    }

    @Test
    void more_than_1000_activities_is_invalid_input_with_the_limit() throws IOException {
      List<String> activities = new ArrayList<>();
      for (int i = 0; i < 1001; i++) {
        activities.add("{\"type\":\"INTERIM\",\"start\":\"2018-01-01\",\"end\":\"2018-01-02\"}");
      }
      Path file = file("many.json", "{\"participantId\":\"M\",\"assessmentDate\":\"2018-12-31\","
          + "\"activities\":[" + String.join(",", activities) + "]}");

      CliRun run = run("exit", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("activities: 1001 activities: an exit case lists at most 1000");
    }

    @Test
    void nesting_beyond_the_limit_is_a_sentence_not_a_parser_internal() throws IOException {
      Path file = file("deep.json", "[".repeat(200_000));

      CliRun run = run("entry", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("plie-rules: invalid input in " + file
          + ": (document): nests arrays or objects more than 100 levels deep\n");
    }

    /** A 100 MB batch (one 100 MB line) is decided by a JVM with a 48 MB heap. */
    @Test
    void a_batch_larger_than_the_heap_is_decided_record_by_record() throws Exception {
      Path batch = dir.resolve("large.jsonl");
      try (OutputStream out = Files.newOutputStream(batch)) {
        out.write((exitCase("FIRST") + "\n{\"participantId\":\"").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "y".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 100; i++) {
          out.write(chunk);
        }
        out.write(("\"}\n" + exitCase("LAST") + "\n").getBytes(StandardCharsets.UTF_8));
      }

      Process process = java("-Xmx48m", "exit", batch.toString());
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

      assertThat(process.exitValue()).as(err).isEqualTo(2);
      assertThat(out.lines().toList()).hasSize(3);
      assertThat(out.lines().toList().get(2)).contains("\"participantId\":\"LAST\"");
      assertThat(err).contains("large.jsonl:2: (document): the line is longer than 1 MiB");
    }

    @Test
    void running_out_of_memory_is_one_sentence_not_a_stack_trace() throws Exception {
      // Enough heap to start with the test class path (HtmlUnit's jars included: 8 MB no longer
      // is), too little to decide: the rules need more than 16 MB.
      Process process = java("-Xmx12m", "entry", "samples/entry/eligible-dijon-long-term-unemployed.json");
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      process.getInputStream().readAllBytes();
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(err.lines().toList()).singleElement().asString()
          .startsWith("plie-rules: out of memory").endsWith("or split the input");
    }
  }

  /** The command line in a fresh JVM, with this test's class path. */
  static Process java(String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        PlieRulesCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  @Nested
  class Item4_encoding_and_framing {
    @Test
    void one_invalid_utf8_byte_rejects_only_its_line() throws IOException {
      String latin1 = exitCase("cafX");
      int at = latin1.indexOf("cafX") + 3;
      byte[] bad = latin1.getBytes(StandardCharsets.UTF_8);
      bad[at] = (byte) 0xE9; // "é" as Latin-1 writes it
      byte[] content = concat(exitCase("A") + "\n", bad, "\n" + exitCase("C") + "\n");
      Path batch = file("latin1.jsonl", content);

      CliRun run = run("exit", batch.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.lines()).hasSize(3);
      assertThat(run.lines().get(1)).isEqualTo("{\"record\":\"" + batch + ":2\",\"invalidInput\":["
          + "{\"field\":\"(document)\",\"problem\":\"is not valid UTF-8: byte 0xE9 at byte " + (at + 1)
          + " of the line (save the file as UTF-8)\"}]}");
    }

    @Test
    void a_byte_order_mark_is_skipped() throws IOException {
      Path file = file("bom.json", concat("\uFEFF" + exitCase("BOM"), new byte[0], ""));

      CliRun run = run("exit", file.toString());

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(PlieJson.readExitDecision(run.out()).participantId()).isEqualTo("BOM");
    }

    @ParameterizedTest
    @CsvSource({"cases.JSONL, \\n", "cases.ndjson, \\r\\n", "cases.NDJSON, \\r", "cases.Jsonl, \\r"})
    void jsonl_and_ndjson_in_any_case_with_any_line_ending_give_one_line_per_record(String name,
        String ending) throws IOException {
      String end = ending.replace("\\n", "\n").replace("\\r", "\r");
      Path batch = file(name, exitCase("A") + end + exitCase("B") + end + exitCase("C"));

      CliRun run = run("exit", batch.toString());

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.lines()).extracting(l -> PlieJson.readExitDecision(l).participantId())
          .containsExactly("A", "B", "C");
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(middle);
      out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }

  @Nested
  class Item5_numbers {
    private CliRun cdd(String hours) throws IOException {
      return run("exit", file("cdd.json", "{\"participantId\":\"N\",\"assessmentDate\":\"2018-12-31\","
          + "\"activities\":[{\"type\":\"CDD\",\"start\":\"2018-01-01\",\"end\":\"2018-07-31\","
          + "\"weeklyHours\":" + hours + ",\"participantAgreedToFewerHours\":false}]}").toString());
    }

    @Test
    void hours_a_hair_below_17_5_do_not_count_as_17_5_and_are_stored_as_written() throws IOException {
      CliRun below = cdd("17.49999999999999999999");
      CliRun half = cdd("17.5");

      ExitDecision decision = PlieJson.readExitDecision(below.out());
      assertThat(decision.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
      assertThat(decision.exitCase().activities().get(0).weeklyHours())
          .isEqualTo(new BigDecimal("17.49999999999999999999"));
      assertThat(below.out()).contains("17.49999999999999999999");
      assertThat(PlieJson.readExitDecision(half.out()).outcome()).isEqualTo(ExitOutcome.POSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999", "1e999", "-1", "169", "0"})
    void out_of_range_hours_are_invalid_input_naming_the_field(String hours) throws IOException {
      CliRun run = cdd(hours);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("activities[0].weeklyHours: ");
      assertThat(run.out()).isEmpty();
      noStackTrace(run);
    }
  }

  @Nested
  class Item6_silent_misreadings {
    @Test
    void decide_refuses_a_record_that_could_be_either_kind() throws IOException {
      Path file = file("either.json",
          "{\"participantId\":\"E\",\"assessmentDate\":\"2018-12-31\",\"birthDate\":\"1960-01-01\"}");

      CliRun run = run("decide", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("(document): could be an entry application or an exit case");
    }

    @Test
    void decide_takes_an_exit_case_without_activities_by_its_commission_decision() throws IOException {
      Path file = file("senior.json", "{\"participantId\":\"S\",\"assessmentDate\":\"2018-12-31\","
          + "\"birthDate\":\"1960-01-01\",\"commissionDecision\":\"REJECTED\"}");

      CliRun run = run("decide", file.toString());

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(PlieJson.readExitDecision(run.out()).outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void decide_refuses_a_record_mixing_both_kinds() throws IOException {
      Path file = file("both.json", "{\"participantId\":\"B\",\"assessmentDate\":\"2018-12-31\","
          + "\"activities\":[],\"workAuthorization\":true}");

      CliRun run = run("decide", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("mixes fields of an entry application [workAuthorization]"
          + " and of an exit case [activities]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "XX"})
    void an_unknown_benefit_code_is_invalid_input(String code) throws IOException {
      String sample = Files.readString(Path.of("samples/entry/eligible-chenove-rsa-orientation.json"));
      assertThat(sample).contains("\"RSA\"");
      Path file = file("benefit.json", sample.replace("\"RSA\"", "\"" + code + "\""));

      CliRun run = run("entry", file.toString());

      assertThat(run.status()).isEqualTo(2);
      // The field and the problem, never the value (issue 10).
      assertThat(run.err()).contains("minimaSociaux[0]: is not a minimum social benefit code");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void a_cdi_of_0_hours_with_agreement_is_invalid_input_not_a_positive_exit() throws IOException {
      Path file = file("cdi0.json", "{\"participantId\":\"Z\",\"assessmentDate\":\"2018-12-31\","
          + "\"activities\":[{\"type\":\"CDI\",\"start\":\"2018-01-01\",\"weeklyHours\":0,"
          + "\"participantAgreedToFewerHours\":true}]}");

      CliRun run = run("exit", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("activities[0].weeklyHours: 0 hours a week is no working time");
    }
  }

  @Nested
  class Item7_no_lost_line {
    @Test
    void with_explain_every_record_of_a_batch_has_exactly_one_entry() throws IOException {
      Path batch = file("mixed.jsonl", exitCase("A") + "\n{\"participantId\":\n\n"
          + "{\"participantId\":\"X\",\"assessmentDate\":\"2018-12-31\",\"activities\":[{\"type\":\"STAGE\","
          + "\"start\":\"2018-01-01\"}]}\n" + exitCase("D") + "\n");

      CliRun run = run("exit", "--explain", batch.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(entries(run.out())).containsExactly(
          "Sortie du PLIE : A, évaluée au 2018-12-31 : SORTIE POSITIVE au 2018-06-30.",
          "Données invalides : " + batch + ":2 n'a pas été décidé.",
          "Données invalides : " + batch + ":4 n'a pas été décidé.",
          "Sortie du PLIE : D, évaluée au 2018-12-31 : SORTIE POSITIVE au 2018-06-30.");
      assertThat(run.out()).contains("- activities[0].type : is not one of").doesNotContain("STAGE");
    }

    @Test
    void several_files_with_a_bad_one_give_one_entry_each_in_json_and_explained() throws IOException {
      Path good = file("good.json", exitCase("G"));
      Path bad = file("bad.json", "{\"participantId\":\"B\"");
      for (boolean explain : new boolean[] {false, true}) {
        CliRun run = explain ? run("exit", "--explain", good.toString(), bad.toString())
            : run("exit", good.toString(), bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(explain ? entries(run.out()) : run.lines()).hasSize(2);
      }
    }
  }

  @Nested
  class Item10_messages {
    @Test
    void control_characters_in_the_participant_id_are_escaped_in_the_explanation() throws IOException {
      Path file = file("ctrl.json", String.format(EXIT, "X\\u001b[31mRED\\u0000\\nSortie du PLIE : FAUX"));

      CliRun run = run("exit", "--explain", file.toString());

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Sortie du PLIE : X\\u001B[31mRED\\u0000\\nSortie du PLIE : FAUX, évaluée")
          .doesNotContain("\u001b").doesNotContain("\u0000");
      assertThat(run.out().lines().filter(l -> l.startsWith("Sortie du PLIE"))).hasSize(1);
      CliRun json = run("exit", file.toString());
      assertThat(json.out().chars().noneMatch(c -> SafeText.isUnsafe((char) c) && c != '\n')).isTrue();
    }

    @Test
    void an_id_that_also_occurs_in_the_explanation_s_layout_is_escaped_only_where_it_is_the_id() throws IOException {
      // "\n-" also occurs at the start of every route's line of the explanation.
      Path file = file("newline.json", String.format(EXIT, "\\n-"));

      CliRun run = run("exit", "--explain", file.toString());

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Sortie du PLIE : \\n-, évaluée au 2018-12-31");
      assertThat(run.out().lines().filter(l -> l.startsWith("- "))).hasSize(7);
    }

    @Test
    void a_long_bad_value_is_not_echoed() throws IOException {
      Path file = file("long.json", "{\"participantId\":\"L\",\"assessmentDate\":\"2018-03-01\","
          + "\"residenceInseeCode\":\"\\u001b[2J" + "9".repeat(900_000) + "\"}");

      CliRun run = run("entry", file.toString());

      assertThat(run.status()).isEqualTo(2);
      // The field and the problem only: an input value never goes into a message (issue 10).
      assertThat(run.err()).hasSizeLessThan(300).contains("residenceInseeCode: is not an INSEE")
          .doesNotContain("9999999").doesNotContain("\u001b").doesNotContain("u001B");
    }

    @Test
    void a_huge_fingerprint_is_refused_with_a_short_message_not_echoed_in_a_report()
        throws IOException {
      ExitDecision decision = RULES.assessExit(PlieJson.readExitCase(exitCase("F")));
      Path stored = file("forged.json", PlieJson.write(decision).replaceFirst(
          java.util.regex.Pattern.quote(decision.ruleSet().fingerprint()), "sha256:" + "0".repeat(10_000_000)));

      CliRun run = run("replay", stored.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).hasSizeLessThan(400).contains("ruleSet.fingerprint");
    }

    @Test
    void a_parse_error_says_where_without_the_parser_s_internals() throws IOException {
      Path file = file("broken.jsonl", "{\"participantId\":\"A\",\n");

      CliRun run = run("entry", file.toString());

      assertThat(run.lines()).singleElement().asString()
          .contains("is not valid JSON at line 1, column 22 (it ends too early)").doesNotContain("Source:");
    }
  }

  @Nested
  class Item11_byte_stable_output {
    @Test
    void an_invalid_input_entry_has_its_keys_in_a_fixed_order() throws IOException {
      Path batch = file("keys.jsonl", "{\"participantId\":\"K\",\"assessmentDate\":\"2018-03-01\","
          + "\"workAuthorization\":\"yes\",\"housingProblems\":1}\n");

      CliRun run = run("entry", batch.toString());

      assertThat(run.lines()).singleElement().asString().matches(
          "\\{\"record\":\"[^\"]+\",\"invalidInput\":\\[\\{\"field\":\"[^\"]+\",\"problem\":\"[^\"]+\"}]}");
    }

    /** Map.of's order changes from JVM to JVM: two fresh runs must still print the same bytes. */
    @Test
    void the_same_batch_decided_in_two_fresh_jvms_gives_identical_bytes() throws Exception {
      Path batch = file("twice.jsonl", Files.readString(Path.of("samples/cohort.jsonl"))
          + "{\"participantId\":\"K\",\"assessmentDate\":\"2018-03-01\",\"workAuthorization\":\"yes\"}\n"
          + "{\"participantId\":\"K2\",\"assessmentDate\":\"2018-02-30\",\"housingProblems\":1}\n"
          + "not json\n");
      List<byte[]> outputs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Process process = java("-Xmx256m", "decide", batch.toString());
        byte[] out = process.getInputStream().readAllBytes();
        process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        outputs.add(out);
      }
      assertThat(new String(outputs.get(0), StandardCharsets.UTF_8).lines()).hasSize(63);
      // Each decision is a record of its own (issue 10): its id and time differ from run to run,
      // and nothing else may.
      String identity = "\"decisionId\":\"[0-9a-f-]{36}\",\"decidedAt\":\"[0-9T:.Z-]+\"";
      String first = new String(outputs.get(0), StandardCharsets.UTF_8).replaceAll(identity, "ID");
      String second = new String(outputs.get(1), StandardCharsets.UTF_8).replaceAll(identity, "ID");
      assertThat(first).contains("{\"recordFormat\":1,ID,\"form\":\"FULL\"");
      assertThat(second).isEqualTo(first);
    }
  }
}
