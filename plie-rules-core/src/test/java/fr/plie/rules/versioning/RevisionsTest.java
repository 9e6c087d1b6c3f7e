package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.RuleSetVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A released version is corrected by shipping a new revision of it (same period, new fingerprint):
 * the highest revision decides every new case, a superseded one stays to replay the decisions it
 * took, found by the fingerprint they name. Generic over the shipped versions and revisions.
 */
class RevisionsTest {
  private static final PlieRules RULES = PlieRules.load();

  private static Map<String, List<RuleSetVersion>> byVersion() {
    return RULES.versions().stream().collect(Collectors.groupingBy(RuleSetVersion::version));
  }

  private static ExitCase exitCase(LocalDate date) {
    return ExitCase.builder().participantId("REV-" + date).assessmentDate(date)
        .addActivities(Activity.builder().type(ActivityType.CDD).start(date.minusMonths(7))
            .end(date.minusDays(3)).weeklyHours(new BigDecimal("35")).build())
        .build();
  }

  @Test
  void each_version_has_one_current_revision_the_highest_and_all_share_its_period() {
    byVersion().forEach((version, revisions) -> {
      int highest = revisions.stream().mapToInt(RuleSetVersion::revision).max().orElseThrow();
      assertThat(revisions).as(version).filteredOn(RuleSetVersion::current)
          .singleElement().extracting(RuleSetVersion::revision).isEqualTo(highest);
      assertThat(revisions).extracting(RuleSetVersion::validFrom).as(version).containsOnly(
          revisions.get(0).validFrom());
      assertThat(revisions).extracting(v -> String.valueOf(v.validTo())).as(version)
          .containsOnly(String.valueOf(revisions.get(0).validTo()));
      assertThat(revisions).extracting(RuleSetVersion::revision).as(version)
          .isSorted().doesNotHaveDuplicates();
    });
  }

  @Test
  void new_decisions_are_taken_with_the_current_revision_which_they_name() {
    for (RuleSetVersion current : RULES.versions().stream().filter(RuleSetVersion::current).toList()) {
      ExitDecision decision = RULES.assessExit(exitCase(current.validFrom()));
      assertThat(decision.ruleSet().version()).isEqualTo(current.version());
      assertThat(decision.ruleSet().revision()).isEqualTo(current.revision());
      assertThat(decision.ruleSet().fingerprint()).isEqualTo(current.fingerprint());
      assertThat(RULES.version(current.version()).assessExit(exitCase(current.validFrom()))
          .ruleSet().fingerprint()).isEqualTo(current.fingerprint());
      String json = PlieJson.write(decision);
      if (current.revision() == 1) {
        assertThat(json).doesNotContain("\"revision\"");
      } else {
        assertThat(json).contains("\"revision\" : " + current.revision());
        assertThat(decision.explanation()).contains("version " + current.version() + " révision "
            + current.revision());
      }
    }
  }

  @Test
  void a_superseded_revision_can_be_pinned_and_replays_its_own_decisions() {
    List<RuleSetVersion> superseded = RULES.versions().stream().filter(v -> !v.current()).toList();
    for (RuleSetVersion old : superseded) {
      LocalDate date = old.validFrom().plusDays(200);
      for (PlieRules pinned : List.of(RULES.version(old.version(), old.revision()),
          RULES.version(old.version() + "-r" + old.revision()))) {
        ExitDecision decision = pinned.assessExit(exitCase(date));
        assertThat(decision.ruleSet().fingerprint()).isEqualTo(old.fingerprint());
        assertThat(decision.ruleSet().revision()).isEqualTo(old.revision());

        ReplayReport report = RULES.replay(PlieJson.readExitDecision(PlieJson.write(decision)));
        assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
        assertThat(report.ruleSetRevision()).isEqualTo(old.revision());
        assertThat(report.shippedFingerprint()).isEqualTo(old.fingerprint());
      }
    }
  }

  @Test
  void a_decision_of_the_current_revision_replays_with_it() {
    for (RuleSetVersion current : RULES.versions().stream().filter(RuleSetVersion::current).toList()) {
      ExitDecision decision = RULES.assessExit(exitCase(current.validFrom().plusDays(100)));
      ReplayReport report = RULES.replay(PlieJson.readExitDecision(PlieJson.write(decision)));
      assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
      assertThat(report.ruleSetRevision()).isEqualTo(current.revision());
      assertThat(report.summary()).contains(current.version() + "-r" + current.revision());
    }
  }

  @Test
  void a_recorded_revision_number_that_does_not_match_its_fingerprint_is_a_difference() {
    RuleSetVersion old = RULES.versions().stream().filter(v -> !v.current()).findFirst().orElseThrow();
    ExitDecision decision = RULES.version(old.version(), old.revision())
        .assessExit(exitCase(old.validFrom().plusDays(30)));
    ExitDecision forged = fr.plie.rules.model.ImmutableExitDecision.copyOf(decision).withRuleSet(
        fr.plie.rules.model.ImmutableRuleSetReference.copyOf(decision.ruleSet())
            .withRevision(old.revision() + 1));
    ReplayReport report = RULES.replay(forged);
    // Replayed with the rules its fingerprint names; the revision it claims is reported as differing.
    assertThat(report.status()).isEqualTo(ReplayReport.Status.DIFFERENT);
    assertThat(report.differences()).extracting(ReplayReport.Difference::path)
        .contains("/ruleSet/revision");
  }

  @Test
  void pinning_a_revision_that_is_not_shipped_names_the_available_ones() {
    RuleSetVersion any = RULES.versions().get(0);
    assertThatThrownBy(() -> RULES.version(any.version(), 99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no revision 99 of rule-set version '" + any.version()
            + "'; available: ")
        .hasMessageContaining(any.version());
    assertThatThrownBy(() -> RULES.version(any.version() + "-r99"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-r99");
  }

  @Test
  void a_revision_must_keep_the_period_of_its_version(@TempDir Path copy) throws IOException {
    FingerprintTest.copyTree(FingerprintTest.SOURCE, copy);
    RuleSetVersion revised = RULES.versions().stream().filter(v -> v.revision() > 1).findFirst()
        .orElseThrow();
    Path manifest = copy.resolve(fr.plie.rules.internal.RuleSetRegistry.shipped()
        .version(revised.version(), revised.revision()).orElseThrow().manifestPath());
    String json = Files.readString(manifest);
    Files.writeString(manifest, json.replace("\"validFrom\": \"" + revised.validFrom() + "\"",
        "\"validFrom\": \"" + revised.validFrom().plusDays(1) + "\""));
    assertThatThrownBy(() -> PlieRules.loadFrom(copy))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("une révision corrige une version et garde sa période");
  }

  @Test
  void the_same_revision_listed_twice_is_refused(@TempDir Path copy) throws IOException {
    FingerprintTest.copyTree(FingerprintTest.SOURCE, copy);
    RuleSetVersion revised = RULES.versions().stream().filter(v -> v.revision() > 1).findFirst()
        .orElseThrow();
    Path manifest = copy.resolve(fr.plie.rules.internal.RuleSetRegistry.shipped()
        .version(revised.version(), revised.revision()).orElseThrow().manifestPath());
    String json = Files.readString(manifest);
    Files.writeString(manifest, json.replace("\"revision\": " + revised.revision(),
        "\"revision\": " + (revised.revision() - 1)));
    assertThatThrownBy(() -> PlieRules.loadFrom(copy))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(revised.version() + "-r" + (revised.revision() - 1))
        .hasMessageContaining("est listée deux fois");
  }
}
