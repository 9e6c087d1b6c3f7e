package fr.plie.rules.records;

import static fr.plie.rules.records.RecordFixtures.familySituation;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.TestRules;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.RecordSchemas;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.SignatureStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each record says which decision it is, when it was taken, and which build of the library took it. */
class RecordIdentityTest {
  private static final PlieRules LOADED = PlieRules.load();

  @Test
  void every_decision_gets_its_own_id_and_the_time_it_was_taken_in_utc() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    EntryDecision first = LOADED.assessEntry(familySituation());
    EntryDecision second = LOADED.assessEntry(familySituation());
    Instant after = Instant.now();

    assertThat(first.decisionId()).isNotEqualTo(second.decisionId());
    assertThat(first.decisionId().version()).isEqualTo(4);
    assertThat(first.decidedAt()).isBetween(before, after);
    assertThat(first.decidedAt().getNano() % 1_000_000).as("to the millisecond").isZero();
    assertThat(first.recordFormat()).isEqualTo(1);
    assertThat(first.form()).isEqualTo(RecordForm.FULL);
    assertThat(first.signature()).isNull();
    RecordSchemas.assertValid(first);
  }

  @Test
  void the_caller_supplies_the_clock_and_the_ids_without_changing_the_facade_it_started_from() {
    Instant noon = Instant.parse("2018-03-15T11:00:00.123456789Z");
    // A clock in Paris: the record still says the instant in UTC.
    PlieRules fixed = LOADED.withClock(Clock.fixed(noon, ZoneId.of("Europe/Paris")))
        .withDecisionIds(() -> TestRules.DECISION_ID);

    EntryDecision d = fixed.assessEntry(familySituation());
    assertThat(d.decidedAt()).isEqualTo(Instant.parse("2018-03-15T11:00:00.123Z"));
    assertThat(PlieJson.write(d)).contains("\"decidedAt\" : \"2018-03-15T11:00:00.123Z\"");
    assertThat(d.decisionId()).isEqualTo(TestRules.DECISION_ID);
    assertThat(fixed.version("2018.1").assessEntry(familySituation()).decidedAt())
        .as("a pinned facade keeps the clock").isEqualTo(d.decidedAt());
    assertThat(LOADED.assessEntry(familySituation()).decisionId())
        .as("the original facade is unchanged").isNotEqualTo(TestRules.DECISION_ID);
  }

  @Test
  void a_replay_ignores_the_id_and_the_time_of_decision() {
    EntryDecision recorded = LOADED.assessEntry(familySituation());
    EntryDecision otherIdentity = ImmutableEntryDecision.copyOf(recorded)
        .withDecisionId(UUID.randomUUID()).withDecidedAt(Instant.parse("2030-01-01T00:00:00Z"));

    ReplayReport report = LOADED.replay(PlieJson.readEntryDecision(PlieJson.write(otherIdentity)));
    assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(report.decisionId()).isEqualTo(otherIdentity.decisionId());
    assertThat(report.signature()).isEqualTo(SignatureStatus.UNSIGNED);
  }

  @Test
  void the_library_version_names_the_build_version_and_its_git_revision() {
    String library = LOADED.assessEntry(familySituation()).ruleSet().libraryVersion();
    assertThat(library).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+git\\.([0-9a-f]{40}|unknown)");
    assertThat(library).isEqualTo(RuleSetRegistry.libraryVersion());
  }
}
