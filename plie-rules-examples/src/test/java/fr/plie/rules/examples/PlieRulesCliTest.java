package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on the bundled samples and on bad input. Tests run with the module directory
 * as working directory. One CLI instance is shared (it loads the rules once, on first use); its
 * output buffers are emptied before each test.
 */
class PlieRulesCliTest {
  private static final Path SAMPLES = Path.of("samples", "entry");
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
  private static final PlieRulesCli CLI = new PlieRulesCli(
      new PrintStream(OUT, true, StandardCharsets.UTF_8),
      new PrintStream(ERR, true, StandardCharsets.UTF_8));

  @TempDir
  Path tmp;

  @BeforeEach
  void emptyBuffers() {
    OUT.reset();
    ERR.reset();
  }

  private static int run(String... args) {
    return CLI.run(args);
  }

  private static String out() {
    return OUT.toString(StandardCharsets.UTF_8);
  }

  private static String err() {
    return ERR.toString(StandardCharsets.UTF_8);
  }

  private static List<String> outLines() {
    return out().lines().collect(Collectors.toList());
  }

  private static void assertNoStackTrace(String text) {
    assertThat(text).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
      assertThat(json).hasSizeGreaterThanOrEqualTo(5);
      return json.stream();
    }
  }

  /** The outcome a sample's file name announces: eligible-…, not-eligible-…, undetermined-…. */
  private static EntryOutcome announced(Path sample) {
    String name = sample.getFileName().toString();
    if (name.startsWith("not-eligible-")) {
      return EntryOutcome.NOT_ELIGIBLE;
    }
    if (name.startsWith("eligible-")) {
      return EntryOutcome.ELIGIBLE;
    }
    if (name.startsWith("undetermined-")) {
      return EntryOutcome.UNDETERMINED;
    }
    throw new AssertionError("sample " + name + " does not announce its outcome");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void each_bundled_sample_is_decided_as_its_file_name_says(Path sample) throws IOException {
    int exit = run("entry", sample.toString());

    assertThat(exit).as(err()).isZero();
    assertThat(err()).isEmpty();
    EntryDecision decision = PlieJson.readEntryDecision(out());
    assertThat(decision.outcome()).isEqualTo(announced(sample));
    assertThat(decision.application())
        .isEqualTo(PlieJson.readEntryApplication(Files.readString(sample)));
    assertThat(decision.ruleSet().version()).isEqualTo("2018.1");
    if (decision.outcome() == EntryOutcome.UNDETERMINED) {
      assertThat(decision.missingFacts()).isNotEmpty();
    } else {
      assertThat(decision.missingFacts()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void explain_prints_the_decision_in_french(Path sample) {
    int exit = run("entry", "--explain", sample.toString());

    assertThat(exit).isZero();
    String text = out();
    assertThat(text).doesNotStartWith("{").contains("Entrée dans le PLIE")
        .contains("Résidence sur le territoire du PLIE").contains("Situation personnelle")
        .contains("§I.C.1");
    switch (announced(sample)) {
      case ELIGIBLE -> assertThat(text).contains(": ÉLIGIBLE.");
      case NOT_ELIGIBLE -> assertThat(text).contains("NON ÉLIGIBLE").contains("non rempli");
      case UNDETERMINED -> assertThat(text).contains("INDÉTERMINÉ").contains("Pour conclure, renseigner");
    }
  }

  @Test
  void a_batch_with_one_invalid_line_decides_the_others_and_names_the_field() throws IOException {
    String valid = Files.readString(SAMPLES.resolve("eligible-dijon-long-term-unemployed.json"))
        .replaceAll("\\s*\\n\\s*", " ");
    String invalid = "{\"participantId\":\"BAD-1\",\"assessmentDate\":\"2018-03-01\","
        + "\"workAuthorization\":\"true\"}";
    String other = Files.readString(SAMPLES.resolve("not-eligible-outside-perimeter.json"))
        .replaceAll("\\s*\\n\\s*", " ");
    Path batch = tmp.resolve("batch.jsonl");
    Files.writeString(batch, valid + "\n" + invalid + "\n\n" + other + "\n");

    int exit = run("entry", batch.toString());

    assertThat(exit).isEqualTo(2);
    List<String> lines = outLines();
    assertThat(lines).hasSize(3);
    assertThat(PlieJson.readEntryDecision(lines.get(0)).outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    JsonNode error = PlieJson.mapper().readTree(lines.get(1));
    assertThat(error.get("record").asText()).isEqualTo(batch + ":2");
    assertThat(error.get("invalidInput").get(0).get("field").asText()).isEqualTo("workAuthorization");
    assertThat(PlieJson.readEntryDecision(lines.get(2)).outcome())
        .isEqualTo(EntryOutcome.NOT_ELIGIBLE);
    assertThat(err()).contains(batch + ":2").contains("workAuthorization");
    assertNoStackTrace(err());
  }

  @Test
  void an_assessment_date_before_any_rule_set_is_invalid_input_naming_the_field() throws IOException {
    Path file = tmp.resolve("old.json");
    Files.writeString(file, "{\"participantId\":\"OLD\",\"assessmentDate\":\"2017-06-01\"}");

    assertThat(run("entry", file.toString())).isEqualTo(2);
    assertThat(out()).isEmpty();
    // The field and the versions available, not the input's value.
    assertThat(err()).contains("assessmentDate: is covered by no rule-set version")
        .contains("2018.1 from 2018-01-01").doesNotContain("2017-06-01");
    assertNoStackTrace(err());
  }

  @Test
  void malformed_json_is_invalid_input_without_a_stack_trace() throws IOException {
    Path file = tmp.resolve("broken.json");
    Files.writeString(file, "{\"participantId\":");

    assertThat(run("entry", file.toString())).isEqualTo(2);
    assertThat(err()).contains("not valid JSON");
    assertNoStackTrace(err());
  }

  @Test
  void a_missing_file_is_reported_and_the_other_files_are_still_decided() {
    String sample = SAMPLES.resolve("eligible-chenove-rsa-orientation.json").toString();
    int exit = run("entry", "samples/entry/no-such-file.json", sample);

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("no-such-file.json").contains("no such file");
    assertNoStackTrace(err());
    assertThat(outLines()).hasSize(1);
    assertThat(PlieJson.readEntryDecision(outLines().get(0)).outcome())
        .isEqualTo(EntryOutcome.ELIGIBLE);
  }

  @Test
  void several_files_give_one_line_each() {
    int exit = run("entry", SAMPLES.resolve("eligible-chenove-rsa-orientation.json").toString(),
        SAMPLES.resolve("undetermined-missing-facts.json").toString());

    assertThat(exit).isZero();
    assertThat(outLines()).extracting(l -> PlieJson.readEntryDecision(l).outcome())
        .containsExactly(EntryOutcome.ELIGIBLE, EntryOutcome.UNDETERMINED);
  }

  @Test
  void entry_without_a_file_is_a_usage_error() {
    assertThat(run("entry")).isEqualTo(2);
    assertThat(err()).contains("FILE");
    assertThat(out()).isEmpty();
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertThat(run("frobnicate", "x.json")).isEqualTo(2);
    assertThat(err()).contains("plie-rules: Unmatched arguments from index 0: 'frobnicate'")
        .contains("Usage: plie-rules").contains("Try 'plie-rules --help'");
    assertThat(out()).isEmpty();
  }

  @Test
  void no_argument_prints_the_usage_as_an_error() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("Usage: plie-rules").contains("Commands:");
  }

  @Test
  void help_prints_the_usage() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("Usage: plie-rules").contains("versions").contains("Exit codes:");
  }

  @Test
  void versions_lists_every_revision_of_2018_1_until_2019_02_27_and_of_2018_2_from_2019_02_28() {
    assertThat(run("versions")).isZero();

    List<String> lines = outLines();
    assertThat(lines).allMatch(l -> l.matches("plie-dijon\\t\\d{4}\\.\\d+\\tr\\d+\\t(current|replay-only)"
        + "\\t\\d{4}-\\d{2}-\\d{2}\\t(\\d{4}-\\d{2}-\\d{2}|\\(open\\))\\tsha256:[0-9a-f]{64}"));
    assertThat(lines).filteredOn(l -> l.contains("\t2018.1\t"))
        .allMatch(l -> l.contains("\t2018-01-01\t2019-02-27\t"))
        .filteredOn(l -> l.contains("\tcurrent\t")).hasSize(1);
    // 2018.2 runs until the next version comes into force, if one is shipped, or stays open.
    assertThat(lines).filteredOn(l -> l.contains("\t2018.2\t"))
        .allMatch(l -> l.contains("\t2019-02-28\t"))
        .filteredOn(l -> l.contains("\tcurrent\t")).hasSize(1);
    // Every version has one current revision; only the last one has no end.
    assertThat(lines).filteredOn(l -> l.contains("\tcurrent\t"))
        .allMatch(l -> l.contains("\t(open)\t") == l.equals(lines.stream()
            .filter(c -> c.contains("\tcurrent\t")).reduce((a, b) -> b).orElseThrow()));
    // The superseded revisions are listed too, for replay only.
    assertThat(lines).anyMatch(l -> l.contains("\treplay-only\t"));
  }
}
