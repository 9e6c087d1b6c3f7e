package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plie-rules batch}: one output line per input record in input order, the same bytes on
 * one thread and on several, an error line naming the record, the field and the problem for a bad
 * record, the compact form by default and the full record with --full, CSV read as the same
 * records as JSON, and the steering summary.
 */
class BatchCommandTest {
  private static final PlieRules LOADED = PlieRules.load();
  private static final Path COHORT = Path.of("samples", "cohort.jsonl");
  private static final Path CSV = Path.of("samples", "batch", "cohort.csv");

  /** Fixed clock, ids 1, 2, 3... in the order the batch takes them: runs compare byte for byte. */
  private static PlieRules deterministic() {
    AtomicLong ids = new AtomicLong();
    return LOADED.withClock(Clock.fixed(Instant.parse("2019-01-15T10:00:00Z"), ZoneOffset.UTC))
        .withDecisionIds(() -> new UUID(0, ids.incrementAndGet()));
  }

  private static CliRun run(byte[] stdin, String... args) {
    return CliRun.withInput(deterministic(), stdin, args);
  }

  private static CliRun run(String... args) {
    return run(new byte[0], args);
  }

  /** The cohort, and between its records every kind of bad record a file can hold. */
  private static Path hostileCohort(Path dir) throws IOException {
    List<String> cohort = Files.readAllLines(COHORT);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM
    String[] bad = {
        "{\"participantId\": \"BROKEN\", \"assessmentDate\": ", // broken JSON
        "{\"participantId\": \"T\", \"assessmentDate\": \"2018-05-01\", \"activities\": 3}",
        "{\"participantId\": \"D\", \"assessmentDate\": \"2018-02-30\", \"activities\": []}",
        "{\"participantId\": \"L\", \"residenceInseeCode\": \"" + "9".repeat(1_100_000) + "\"}",
    };
    for (int i = 0; i < cohort.size(); i++) {
      file.writeBytes(cohort.get(i).getBytes(StandardCharsets.UTF_8));
      file.writeBytes(i % 2 == 0 ? "\r\n".getBytes() : "\n".getBytes()); // CRLF and LF mixed
      if (i % 15 == 7) {
        file.writeBytes(bad[i / 15].getBytes(StandardCharsets.UTF_8));
        file.writeBytes("\n".getBytes());
      }
    }
    file.writeBytes(new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'}); // not UTF-8
    Path hostile = dir.resolve("hostile.jsonl");
    Files.write(hostile, file.toByteArray());
    return hostile;
  }

  @Test
  void one_thread_and_four_write_the_same_bytes_one_line_per_record_in_order(@TempDir Path dir)
      throws IOException {
    Path in = hostileCohort(dir);
    for (String form : List.of("--threads", "--full")) {
      List<String> extra = form.equals("--full") ? List.of("--full") : List.of();
      List<String> one = new ArrayList<>(List.of("batch", in.toString(), "-o",
          dir.resolve("one.jsonl").toString(), "--threads", "1"));
      one.addAll(extra);
      List<String> four = new ArrayList<>(List.of("batch", in.toString(), "-o",
          dir.resolve("four.jsonl").toString(), "--threads", "4"));
      four.addAll(extra);
      CliRun first = run(one.toArray(String[]::new));
      CliRun second = run(four.toArray(String[]::new));
      assertThat(first.status()).as(first.err()).isEqualTo(2);
      assertThat(second.status()).isEqualTo(2);
      byte[] oneBytes = Files.readAllBytes(dir.resolve("one.jsonl"));
      assertThat(Files.readAllBytes(dir.resolve("four.jsonl"))).isEqualTo(oneBytes);

      List<String> lines = Files.readAllLines(dir.resolve("one.jsonl"));
      // 60 records, 4 bad ones between them and a last one that is not UTF-8.
      assertThat(lines).hasSize(65);
      assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
      assertThat(first.out()).isEmpty(); // -o: nothing on stdout
    }
    List<String> lines = Files.readAllLines(dir.resolve("one.jsonl"));
    String name = in.toString();
    assertThat(lines.get(8)).startsWith("{\"record\":\"" + name + ":9\",\"invalidInput\":")
        .contains("\"field\":\"(document)\"");
    assertThat(lines.get(24)).contains("\"record\":\"" + name + ":25\"")
        .contains("\"field\":\"activities\"");
    assertThat(lines.get(40)).contains("\"record\":\"" + name + ":41\"")
        .contains("\"field\":\"assessmentDate\"").doesNotContain("2018-02-30");
    assertThat(lines.get(56)).contains("\"record\":\"" + name + ":57\"")
        .contains("the line is longer than 1 MiB");
    assertThat(lines.get(64)).contains("\"record\":\"" + name + ":65\"")
        .contains("is not valid UTF-8");
    // Decisions in input order, with the ids taken in that order.
    JsonNode first = PlieJson.parse(lines.get(0));
    assertThat(first.get("participantId").asText()).isEqualTo("COH-E20");
    assertThat(first.get("decisionId").asText()).isEqualTo(new UUID(0, 1).toString());
  }

  @Test
  void the_compact_form_holds_outcome_statuses_dates_rule_set_and_id_and_full_is_replayable(
      @TempDir Path dir) throws IOException {
    CliRun compact = run("batch", COHORT.toString(), "--threads", "2");
    assertThat(compact.status()).as(compact.err()).isZero();
    List<String> lines = compact.out().lines().toList();
    assertThat(lines).hasSize(60);
    JsonNode entry = PlieJson.parse(lines.get(0));
    assertThat(entry.get("record").asText()).isEqualTo(COHORT + ":1");
    assertThat(entry.get("kind").asText()).isEqualTo("entry");
    assertThat(entry.get("criteria").size()).isEqualTo(5);
    assertThat(entry.get("ruleSet").get("fingerprint").asText()).startsWith("sha256:");
    assertThat(entry.has("firedRules")).isFalse();
    assertThat(entry.has("explanation")).isFalse();
    JsonNode exit = PlieJson.parse(lines.get(4));
    assertThat(exit.get("kind").asText()).isEqualTo("exit");
    assertThat(exit.get("routes").size()).isEqualTo(7);

    CliRun full = run("batch", COHORT.toString(), "--full");
    List<String> records = full.out().lines().toList();
    assertThat(records).hasSize(60);
    ExitDecision decision = PlieJson.readExitDecision(records.get(4));
    // The compact line says what the full record says.
    assertThat(exit.get("outcome").asText()).isEqualTo(decision.outcome().name());
    assertThat(exit.get("decisionId").asText()).isEqualTo(decision.decisionId().toString());
    decision.routes().forEach(r -> assertThat(exit.get("routes").get(r.route().name())
        .get("status").asText()).isEqualTo(r.status().name()));
    assertThat(compact.out().length()).isLessThan(full.out().length() / 5);
    Path one = dir.resolve("decision.json");
    Files.writeString(one, records.get(4));
    CliRun replay = run("replay", one.toString());
    assertThat(replay.status()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out()).contains("IDENTICAL");
  }

  @Test
  void csv_rows_make_the_same_records_as_json(@TempDir Path dir) throws IOException {
    CliRun csv = run("batch", CSV.toString(), "--threads", "3");
    assertThat(csv.status()).as(csv.err()).isEqualTo(2); // the sample's last case is invalid
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines).extracting(l -> PlieJson.parse(l).get("record").asText()).containsExactly(
        CSV + ":2", CSV + ":3", CSV + ":4-5", CSV + ":6-7", CSV + ":8");
    assertThat(lines.get(4)).contains("\"field\":\"activities[0].type\"");

    // The same two exit cases written as JSON Lines decide the same, ids apart.
    Path jsonl = dir.resolve("same.jsonl");
    Files.writeString(jsonl, """
        {"participantId": "CSV-X01", "assessmentDate": "2018-11-05", "birthDate": "1975-05-05", "pathwayStartDate": "2018-01-15", "activities": [{"type": "INTERIM", "start": "2018-02-22", "end": "2018-05-22"}, {"type": "INTERIM", "start": "2018-06-30", "end": "2018-10-27"}]}
        {"participantId": "CSV-X02", "assessmentDate": "2018-09-30", "pathwayStartDate": "2018-01-15", "activities": [{"type": "CDD", "start": "2018-02-05", "end": "2018-08-20", "weeklyHours": 35, "employer": "Boulangerie Martin"}, {"type": "CDI", "start": "2018-09-01", "weeklyHours": 35, "employer": "Transports Dupont, Dijon"}]}
        """);
    CliRun json = run("batch", jsonl.toString(), "--full");
    CliRun csvFull = run("batch", CSV.toString(), "--full");
    List<String> fromJson = json.out().lines().toList();
    List<String> fromCsv = csvFull.out().lines().toList();
    for (int i = 0; i < 2; i++) {
      ExitDecision a = PlieJson.readExitDecision(fromJson.get(i));
      ExitDecision b = PlieJson.readExitDecision(fromCsv.get(2 + i));
      assertThat(b.exitCase()).isEqualTo(a.exitCase());
      assertThat(b.routes()).isEqualTo(a.routes());
      assertThat(b.outcome()).isEqualTo(a.outcome());
    }
  }

  @Test
  void a_bad_csv_cell_names_its_field_and_a_broken_row_stops_reading_saying_so(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, """
        participantId,assessmentDate,workAuthorization,residenceInseeCode,activities.type,activities.start
        A,2018-05-01,oui,21231,,
        B,2018-05-01,,,CDI,2018-01-01
        B,2018-06-01,,,CDI,2018-03-01
        C,2018-05-01,true,21231,,
        D,2018-05-01,,,CDI,"2018-01-01
        E,2018-05-01,true,21231,,
        """);
    CliRun run = run("batch", bad.toString(), "--threads", "2");
    assertThat(run.status()).isEqualTo(2);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains(bad + ":2").contains("\"field\":\"workAuthorization\"")
        .doesNotContain("oui");
    assertThat(lines.get(1)).contains(bad + ":3-4").contains("\"field\":\"assessmentDate\"")
        .contains("differs between the rows of one exit case");
    assertThat(PlieJson.parse(lines.get(2)).get("participantId").asText()).isEqualTo("C");
    assertThat(lines.get(3)).contains(bad + ":6").contains("is not valid CSV")
        .contains("the rows after it were not read");
  }

  @Test
  void a_csv_header_with_an_unknown_column_writes_nothing(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("unknown.csv");
    Files.writeString(bad, "participantId,assessmentDate,salary\nA,2018-05-01,3\n");
    Path out = dir.resolve("out.jsonl");
    CliRun run = run("batch", bad.toString(), "-o", out.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown column 'salary'");
    assertThat(out).doesNotExist();
    CliRun missing = run("batch", dir.resolve("none.jsonl").toString(), "-o", out.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void the_steering_summary_counts_what_the_output_holds(@TempDir Path dir) throws IOException {
    Path in = hostileCohort(dir);
    Path summaryFile = dir.resolve("summary.json");
    CliRun run = run("batch", in.toString(), "--summary", summaryFile.toString());
    assertThat(run.status()).isEqualTo(2);
    List<JsonNode> lines = run.out().lines().map(PlieJson::parse).toList();
    JsonNode summary = PlieJson.parse(Files.readString(summaryFile));
    assertThat(summary.get("recordsRead").asLong()).isEqualTo(lines.size()).isEqualTo(65);
    assertThat(summary.get("rejected").asLong()).isEqualTo(5);
    assertThat(summary.get("decided").asLong()).isEqualTo(60);
    long positive = lines.stream().filter(l -> "POSITIVE".equals(l.path("outcome").asText()))
        .count();
    long exits = lines.stream().filter(l -> "exit".equals(l.path("kind").asText())).count();
    JsonNode exit = summary.get("exit");
    assertThat(exit.get("positive").asLong()).isEqualTo(positive).isPositive();
    assertThat(exit.get("decided").asLong()).isEqualTo(exits);
    assertThat(exit.get("positiveRate").asDouble())
        .isCloseTo((double) positive / exits, org.assertj.core.data.Offset.offset(0.0001));
    long byRoute = 0;
    for (JsonNode n : exit.get("positiveByRoute")) {
      byRoute += n.asLong();
    }
    assertThat(byRoute).isEqualTo(positive); // each positive exit under one route
    for (String outcome : List.of("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED")) {
      assertThat(summary.get("entry").get("outcomes").get(outcome).asLong()).isEqualTo(
          lines.stream().filter(l -> "entry".equals(l.path("kind").asText())
              && outcome.equals(l.path("outcome").asText())).count());
    }
    assertThat(summary.get("rejectedByReason")).extracting(r -> r.get("field").asText())
        .contains("(document)", "activities", "assessmentDate");
    assertThat(summary.get("ruleSets").get(0).get("fingerprint").asText()).startsWith("sha256:");
    long byVersion = 0;
    for (JsonNode r : summary.get("ruleSets")) {
      byVersion += r.get("decisions").asLong();
    }
    assertThat(byVersion).isEqualTo(60);
    // The French table and the one-line summary on stderr, nothing of them on stdout.
    assertThat(run.err()).contains("Synthèse du lot").contains("Enregistrements lus")
        .contains("Taux de sorties positives").contains("Versions des règles utilisées")
        .contains("plie-rules batch: 65 records read, 60 decided");
    assertThat(run.out()).doesNotContain("Synthèse").doesNotContain("records read");
  }

  @Test
  void standard_input_and_output(@TempDir Path dir) throws IOException {
    byte[] in = Files.readAllBytes(COHORT);
    CliRun run = run(in, "batch", "-", "-o", "-", "--threads", "2");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(60);
    assertThat(run.out()).startsWith("{\"record\":\"stdin:1\"");
    CliRun csv = run(Files.readAllBytes(CSV), "batch", "-", "--format", "csv");
    assertThat(csv.out().lines()).hasSize(5);
    assertThat(csv.out()).startsWith("{\"record\":\"stdin:2\"");
  }

  @Test
  void usage_mistakes_exit_2_and_help_lists_the_options() {
    CliRun sign = run("batch", COHORT.toString(), "--sign-key", "key.pem");
    assertThat(sign.status()).isEqualTo(2);
    assertThat(sign.err()).contains("--full");
    assertThat(run("batch", COHORT.toString(), "--threads", "0").status()).isEqualTo(2);
    assertThat(run("batch", COHORT.toString(), "--threads", "5000").err()).contains("1 to 1024");
    assertThat(run("batch", COHORT.toString(), "--format", "xml").status()).isEqualTo(2);
    CliRun help = run("batch", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--threads").contains("--full").contains("--summary")
        .contains("--format").contains("--no-progress").contains("compact");
  }
}
