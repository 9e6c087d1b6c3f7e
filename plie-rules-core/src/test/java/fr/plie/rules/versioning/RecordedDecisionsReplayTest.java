package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Decisions recorded by the library before the corrected revisions of issue 8 existed (generated
 * exit cases, the issue's own examples, the bundled samples and cohort), stored as they were
 * written: every one must still replay IDENTICAL, with the exact revision that took it. This guards
 * the code the superseded revisions share with the current ones (the helpers their rules call).
 */
class RecordedDecisionsReplayTest {
  private static final String CORPUS = "/replay/recorded-before-revision-2.jsonl.gz";

  @Test
  void every_decision_recorded_before_the_corrections_replays_identical() throws IOException {
    PlieRules rules = PlieRules.load();
    List<String> failures = new ArrayList<>();
    int replayed = 0;
    for (String line : lines()) {
      JsonNode tree = PlieJson.mapper().readTree(line);
      ReplayReport report = tree.has("exitCase")
          ? rules.replay(PlieJson.fromTree(tree, ExitDecision.class))
          : rules.replay(PlieJson.fromTree(tree, EntryDecision.class));
      replayed++;
      if (report.status() != ReplayReport.Status.IDENTICAL) {
        failures.add(tree.path("participantId").asText() + ": " + report.status() + " "
            + report.summary() + " " + report.differences());
      }
      assertThat(report.shippedFingerprint()).isEqualTo(report.recordedFingerprint());
    }
    assertThat(replayed).isGreaterThan(200);
    assertThat(failures).isEmpty();
  }

  private static List<String> lines() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = RecordedDecisionsReplayTest.class.getResourceAsStream(CORPUS);
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }
}
