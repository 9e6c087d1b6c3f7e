package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.ReplayReport.Difference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A recorded decision can be re-decided from the input it embeds, with the rules it names. */
class ReplayTest {
  private static final PlieRules RULES = PlieRules.load();

  /** As an auditor gets it: the JSON that was stored, read back. */
  static EntryDecision recorded(LocalDate date, String commune) {
    String stored = PlieJson.write(RULES.assessEntry(
        RuleSetVersionSelectionTest.livingIn(commune, date)));
    return PlieJson.readEntryDecision(stored);
  }

  @Test
  void a_decision_recorded_under_2018_1_replays_identical() {
    ReplayReport report = RULES.replay(recorded(LocalDate.of(2018, 6, 1), "21231"));
    assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(report.ruleSetVersion()).isEqualTo("2018.1");
    assertThat(report.differences()).isEmpty();
  }

  @Test
  void a_decision_recorded_under_2018_2_with_a_retired_code_replays_identical() {
    EntryDecision decision = recorded(LocalDate.of(2019, 3, 4), "21213");
    assertThat(decision.notes()).isNotEmpty();
    ReplayReport report = RULES.replay(decision);
    assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(report.ruleSetVersion()).isEqualTo("2018.2");
  }

  @Test
  void a_tampered_outcome_is_reported_at_its_path() {
    EntryDecision decision = recorded(LocalDate.of(2018, 6, 1), "21231");
    EntryDecision tampered = PlieJson.readEntryDecision(PlieJson.write(decision)
        .replace("\"outcome\" : \"ELIGIBLE\"", "\"outcome\" : \"NOT_ELIGIBLE\""));

    ReplayReport report = RULES.replay(tampered);

    assertThat(report.status()).isEqualTo(ReplayReport.Status.DIFFERENT);
    assertThat(report.differences()).extracting(Difference::path).containsExactly("/outcome");
    assertThat(report.differences().get(0).recorded().asText()).isEqualTo("NOT_ELIGIBLE");
    assertThat(report.differences().get(0).replayed().asText()).isEqualTo("ELIGIBLE");
  }

  @Test
  void a_tampered_input_is_re_decided_and_every_consequence_reported() {
    EntryDecision decision = recorded(LocalDate.of(2018, 6, 1), "21231");
    EntryDecision tampered = PlieJson.readEntryDecision(PlieJson.write(decision)
        .replace("\"residenceInseeCode\" : \"21231\"", "\"residenceInseeCode\" : \"21408\""));

    ReplayReport report = RULES.replay(tampered);

    assertThat(report.status()).isEqualTo(ReplayReport.Status.DIFFERENT);
    assertThat(report.differences()).extracting(Difference::path)
        .contains("/outcome", "/criteria/0/status", "/criteria/0/reason");
  }

  @Test
  void a_tampered_fingerprint_is_reported_as_unknown_rules_and_not_re_decided() {
    EntryDecision decision = recorded(LocalDate.of(2018, 6, 1), "21231");
    String fingerprint = decision.ruleSet().fingerprint();
    String forged = fingerprint.substring(0, 10) + (fingerprint.charAt(10) == 'a' ? 'b' : 'a')
        + fingerprint.substring(11);
    EntryDecision tampered = fr.plie.rules.model.ImmutableEntryDecision.copyOf(decision).withRuleSet(
        fr.plie.rules.model.ImmutableRuleSetReference.copyOf(decision.ruleSet()).withFingerprint(forged));

    ReplayReport report = RULES.replay(tampered);

    assertThat(report.status()).isEqualTo(ReplayReport.Status.UNKNOWN_RULE_SET);
    assertThat(report.recordedFingerprint()).isEqualTo(forged);
    assertThat(report.shippedFingerprint()).isEqualTo(fingerprint);
    assertThat(report.differences()).isEmpty();
    assertThat(report.summary()).contains("not re-decided");
  }

  @Test
  void a_decision_naming_a_version_that_is_not_shipped_is_reported_as_unknown_rules() {
    EntryDecision decision = recorded(LocalDate.of(2018, 6, 1), "21231");
    EntryDecision tampered = fr.plie.rules.model.ImmutableEntryDecision.copyOf(decision).withRuleSet(
        fr.plie.rules.model.ImmutableRuleSetReference.copyOf(decision.ruleSet()).withVersion("2017.4"));

    ReplayReport report = RULES.replay(tampered);

    assertThat(report.status()).isEqualTo(ReplayReport.Status.UNKNOWN_RULE_SET);
    assertThat(report.shippedFingerprint()).isNull();
  }

  @Test
  void a_decision_from_another_library_version_with_the_same_rules_replays_identical() {
    EntryDecision decision = recorded(LocalDate.of(2018, 6, 1), "21231");
    EntryDecision older = fr.plie.rules.model.ImmutableEntryDecision.copyOf(decision).withRuleSet(
        fr.plie.rules.model.ImmutableRuleSetReference.copyOf(decision.ruleSet()).withLibraryVersion("0.0.1"));

    ReplayReport report = RULES.replay(older);

    assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(report.recordedLibraryVersion()).isEqualTo("0.0.1");
  }
}
