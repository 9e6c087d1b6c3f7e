package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlieRulesCliExitTest {
  private static final PlieRules RULES = PlieRules.load();

  private static CliRun run(String... args) {
    return CliRun.of(RULES, args);
  }

  // Each sample was written to illustrate one outcome; its name says which.
  @ParameterizedTest
  @CsvSource({
      "positive-cdd-then-cdi.json, POSITIVE, SORTIE POSITIVE au 2018-08-12",
      "pending-commission-senior.json, PENDING_COMMISSION, EN ATTENTE de la validation",
      "in-progress-interim.json, IN_PROGRESS, EN COURS",
      "undetermined-cdd-agreement-unknown.json, UNDETERMINED, INDÉTERMINÉE",
      "not-positive-short-contracts.json, NOT_POSITIVE, PAS DE SORTIE POSITIVE",
      "not-positive-before-pathway.json, NOT_POSITIVE, avant l'entrée dans le parcours PLIE"
  })
  void each_sample_is_decided_as_json_and_explained(String sample, ExitOutcome outcome,
      String headline) {
    String file = "samples/exit/" + sample;
    CliRun json = run("exit", file);
    assertThat(json.status()).as(json.err()).isZero();
    ExitDecision decision = PlieJson.readExitDecision(json.out());
    assertThat(decision.outcome()).isEqualTo(outcome);
    assertThat(decision.routes()).hasSize(7);

    CliRun explained = run("exit", "--explain", file);
    assertThat(explained.status()).isZero();
    assertThat(explained.out()).startsWith("Sortie du PLIE : ").contains(headline)
        .contains("(§I.C.2)");
  }

  @Test
  void an_invalid_file_exits_with_2_and_names_the_field_without_a_stack_trace() {
    CliRun run = run("exit", "samples/invalid/exit-end-before-start.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("activities[2].end: is before start")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_jsonl_batch_gives_one_line_per_record(@TempDir Path dir) throws IOException {
    String valid = Files.readString(Path.of("samples/exit/in-progress-interim.json")).replaceAll("\\s*\\n\\s*", " ");
    String invalid = "{\"participantId\": \"X\", \"assessmentDate\": \"2018-12-31\", \"activities\": "
        + "[{\"type\": \"STAGE\", \"start\": \"2018-01-01\"}]}";
    Path batch = dir.resolve("cases.jsonl");
    Files.writeString(batch, valid + "\n" + invalid + "\n");
    CliRun run = run("exit", batch.toString());
    assertThat(run.status()).isEqualTo(2);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(PlieJson.readExitDecision(lines.get(0)).outcome()).isEqualTo(ExitOutcome.IN_PROGRESS);
    assertThat(lines.get(1)).contains("\"record\"").contains("activities[0].type");
    assertThat(run.err()).contains("cases.jsonl:2").contains("activities[0].type");
  }

  @Test
  void the_usage_lists_the_exit_command() {
    assertThat(run("--help").out()).contains("exit ").contains("positive (§I.C.2)");
    assertThat(run("exit", "--help").out()).contains("Usage: plie-rules exit").contains("--explain")
        .contains("FILE...");
  }
}
