package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.PlieJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a data file may hold must never crash or empty a batch, nor grow its memory or its summary
 * with the input (found by review of the first batch command): blank lines by the thousand, a
 * row of a million cells, an exit case of many contradicting rows, a Latin-1 byte, a record per
 * unknown field; and output that cannot be written is an error, not a silent success.
 */
class BatchHardeningTest {
  private static final PlieRules RULES = PlieRules.load();
  private static final String HEADER = "participantId,assessmentDate,residenceInseeCode,"
      + "workAuthorization,pathwayStartDate,activities.type,activities.start,activities.end,"
      + "activities.employer";
  private static final String ENTRY_1 = "CSV-A,2018-05-03,21231,true,,,,,";
  private static final String ENTRY_2 = "CSV-B,2018-05-03,21231,false,,,,,";

  private record Run(int status, String out, String err) {
    List<JsonNode> lines() {
      return out.lines().map(PlieJson::parse).toList();
    }
  }

  private static Run run(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PlieRulesCli(new ByteArrayInputStream(new byte[0]),
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), RULES).run(args);
    return new Run(status, stdout.toString(), err.toString(StandardCharsets.UTF_8));
  }

  private static Run batch(Path file, String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "batch";
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return run(new ByteArrayOutputStream(), args);
  }

  private static Path csv(Path dir, byte[] bytes) throws IOException {
    Path file = dir.resolve("cohort.csv");
    Files.write(file, bytes);
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void ten_thousand_blank_lines_between_two_rows_cost_nothing(@TempDir Path dir)
      throws IOException {
    Run run = batch(csv(dir, utf8(HEADER + "\n" + ENTRY_1 + "\n" + "\n".repeat(10_000) + ENTRY_2
        + "\n")), "--threads", "1");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.lines()).extracting(l -> l.get("participantId").asText())
        .containsExactly("CSV-A", "CSV-B");
  }

  @Test
  void a_row_of_too_many_cells_is_refused_unread_and_the_next_row_is_decided(@TempDir Path dir)
      throws IOException {
    String huge = ",".repeat(200_000);
    Run run = batch(csv(dir, utf8(HEADER + "\n" + ENTRY_1 + "\n" + huge + "\n" + ENTRY_2 + "\n")));

    assertThat(run.lines()).hasSize(3);
    assertThat(run.lines().get(1).toString()).contains("(row)")
        .contains("has more than " + CsvRecords.MAX_CELLS + " cells");
    assertThat(run.lines().get(2).get("participantId").asText()).isEqualTo("CSV-B");
    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
  }

  @Test
  void an_exit_case_of_many_contradicting_rows_reports_each_field_once(@TempDir Path dir)
      throws IOException {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5_000; i++) {
      file.append("CSV-X,2018-12-31,,,2018-01-").append(String.format("%02d", 1 + i % 28))
          .append(",CDI,2018-02-01,,\n");
    }
    file.append(ENTRY_2).append('\n');
    Run run = batch(csv(dir, utf8(file.toString())));

    assertThat(run.lines()).hasSize(2);
    JsonNode refused = run.lines().get(0).get("invalidInput");
    assertThat(refused).hasSize(2); // pathwayStartDate once; 5,000 activities over the cap once
    assertThat(refused.toString()).contains("pathwayStartDate").contains("activities");
    assertThat(run.lines().get(1).get("participantId").asText()).isEqualTo("CSV-B");
  }

  @Test
  void a_latin1_byte_costs_its_record_only(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(utf8(HEADER + "\nCSV-X,2018-12-31,,,,CDI,2018-02-01,,Dupr"));
    file.write(0xE9); // é in Latin-1: not UTF-8
    file.writeBytes(utf8("\n" + ENTRY_2 + "\n"));
    Run run = batch(csv(dir, file.toByteArray()));

    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(0).toString()).contains("is not valid UTF-8")
        .doesNotContain("Dupr");
    assertThat(run.lines().get(1).get("participantId").asText()).isEqualTo("CSV-B");
  }

  @Test
  void extra_cells_on_any_row_of_an_exit_case_refuse_it(@TempDir Path dir) throws IOException {
    // An unquoted comma in the employer of the second row: the cell would be cut short.
    Run run = batch(csv(dir, utf8(HEADER + "\n"
        + "CSV-X,2018-12-31,,,2018-01-15,CDD,2018-02-01,2018-08-20,Boulangerie Martin\n"
        + "CSV-X,,,,,CDI,2018-09-01,,Transports Dupont, Dijon\n")));

    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).toString()).contains("more cells than the header");
  }

  @Test
  void the_summary_counts_reasons_in_bounded_memory(@TempDir Path dir) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      jsonl.append("{\"participantId\": \"U").append(i).append("\", \"assessmentDate\":"
          + " \"2018-05-03\", \"unknownField").append(i).append("\": true}\n");
    }
    Path file = dir.resolve("unknown.jsonl");
    Files.writeString(file, jsonl);
    Path summary = dir.resolve("summary.json");
    Run run = batch(file, "--summary", summary.toString());

    assertThat(run.lines()).hasSize(300);
    JsonNode reasons = PlieJson.parse(Files.readString(summary)).get("rejectedByReason");
    assertThat(reasons.size()).isLessThanOrEqualTo(BatchSummary.MAX_REASONS + 1);
    long counted = 0;
    for (JsonNode reason : reasons) {
      counted += reason.get("records").asLong();
    }
    assertThat(counted).as("every rejected record still counted").isEqualTo(300);
    assertThat(reasons.toString()).contains("(autres)");
  }

  @Test
  void output_that_cannot_be_written_is_an_error_not_a_silent_success(@TempDir Path dir)
      throws IOException {
    Path file = csv(dir, utf8(HEADER + "\n" + ENTRY_1 + "\n"));
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    Run run = run(full, "batch", file.toString());

    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
    assertThat(run.err()).contains("standard output could not be written");
  }
}
