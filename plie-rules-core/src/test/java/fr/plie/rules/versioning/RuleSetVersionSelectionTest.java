package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.RuleSetVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version in force is chosen by the assessment date; a caller may pin one. */
class RuleSetVersionSelectionTest {
  private static final PlieRules RULES = PlieRules.load();

  static EntryApplication livingIn(String inseeCode, LocalDate date) {
    return EntryApplication.builder()
        .participantId("V-" + inseeCode + "-" + date)
        .assessmentDate(date)
        .residenceInseeCode(inseeCode)
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .insufficientQualification(true)
        .neverWorked(true)
        .housingProblems(true)
        .build();
  }

  @Test
  void the_shipped_versions_start_with_2018_1_and_2018_2_and_follow_each_other_without_gap() {
    List<String> versions = RULES.versions().stream().map(RuleSetVersion::version).distinct()
        .toList();
    assertThat(versions).startsWith("2018.1", "2018.2");
    assertThat(RULES.versions()).filteredOn(v -> v.version().equals("2018.1")).allSatisfy(v -> {
      assertThat(v.validFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
      assertThat(v.validTo()).isEqualTo(LocalDate.of(2019, 2, 27));
    });
    assertThat(RULES.versions()).filteredOn(v -> v.version().equals("2018.2")).allSatisfy(v -> {
      assertThat(v.validFrom()).isEqualTo(LocalDate.of(2019, 2, 28));
    });
    contiguous(RULES);
  }

  /**
   * Each version is listed once per revision, every revision with the version's period; each
   * version ends the day before the next starts, and only the last has no end. Generic over the
   * versions a facade holds (shipped ones, or a copy with a version published in it).
   */
  static void contiguous(PlieRules rules) {
    List<String> versions = rules.versions().stream().map(RuleSetVersion::version).distinct()
        .toList();
    for (int i = 0; i < versions.size(); i++) {
      String version = versions.get(i);
      List<RuleSetVersion> revisions = rules.versions().stream()
          .filter(v -> v.version().equals(version)).toList();
      assertThat(revisions).extracting(RuleSetVersion::validFrom).as(version).containsOnly(
          revisions.get(0).validFrom());
      if (i + 1 < versions.size()) {
        String following = versions.get(i + 1);
        LocalDate next = rules.versions().stream()
            .filter(v -> v.version().equals(following)).findFirst().orElseThrow()
            .validFrom();
        assertThat(revisions).extracting(RuleSetVersion::validTo).as(version)
            .containsOnly(next.minusDays(1));
      } else {
        assertThat(revisions).extracting(RuleSetVersion::validTo).as(version).containsOnlyNulls();
      }
    }
  }

  @Test
  void assessed_2017_12_31_no_version_is_in_force() {
    assertThatThrownBy(() -> RULES.assessEntry(livingIn("21231", LocalDate.of(2017, 12, 31))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("assessmentDate: is covered by no rule-set version");
  }

  @Test
  void assessed_2018_01_01_version_2018_1_decides() {
    assertThat(RULES.assessEntry(livingIn("21231", LocalDate.of(2018, 1, 1))).ruleSet().version())
        .isEqualTo("2018.1");
  }

  @Test
  void assessed_2019_02_27_version_2018_1_still_decides() {
    assertThat(RULES.assessEntry(livingIn("21231", LocalDate.of(2019, 2, 27))).ruleSet().version())
        .isEqualTo("2018.1");
  }

  @Test
  void assessed_2019_02_28_version_2018_2_decides() {
    assertThat(RULES.assessEntry(livingIn("21231", LocalDate.of(2019, 2, 28))).ruleSet().version())
        .isEqualTo("2018.2");
  }

  @Test
  void assessed_2019_03_01_version_2018_2_decides() {
    assertThat(RULES.assessEntry(livingIn("21231", LocalDate.of(2019, 3, 1))).ruleSet().version())
        .isEqualTo("2018.2");
  }

  @Test
  void a_pinned_version_decides_even_outside_its_period_and_says_so() {
    EntryDecision decision = RULES.version("2018.1")
        .assessEntry(livingIn("21213", LocalDate.of(2019, 3, 1)));
    assertThat(decision.ruleSet().version()).isEqualTo("2018.1");
    assertThat(decision.notes()).singleElement().asString()
        .contains("2018.1", "imposée", "2019-03-01");
    // 2018.1 knows nothing of the merger: Crimolois is simply one of its communes.
    assertThat(decision.criterion(Criterion.TERRITORY).status()).isEqualTo(CriterionStatus.MET);
    assertThat(decision.criterion(Criterion.TERRITORY).reason()).contains("Crimolois (21213)");
  }

  @Test
  void a_pinned_version_inside_its_period_adds_no_note() {
    EntryDecision decision = RULES.version("2018.2")
        .assessEntry(livingIn("21231", LocalDate.of(2019, 3, 1)));
    assertThat(decision.notes()).isEmpty();
  }

  @Test
  void pinning_an_unknown_version_names_the_available_ones() {
    assertThatThrownBy(() -> RULES.version("2017.9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no rule-set version '2017.9'; available: 2018.1")
        .hasMessageContaining("2018.2");
  }

  @Test
  void crimolois_21213_on_2019_02_27_is_in_the_perimeter_as_itself() {
    EntryDecision decision = RULES.assessEntry(livingIn("21213", LocalDate.of(2019, 2, 27)));
    assertThat(decision.criterion(Criterion.TERRITORY).status()).isEqualTo(CriterionStatus.MET);
    assertThat(decision.notes()).isEmpty();
  }

  @Test
  void crimolois_21213_on_2019_02_28_is_read_as_neuilly_crimolois_with_a_note() {
    EntryDecision decision = RULES.assessEntry(livingIn("21213", LocalDate.of(2019, 2, 28)));
    assertThat(decision.criterion(Criterion.TERRITORY).status()).isEqualTo(CriterionStatus.MET);
    assertThat(decision.notes()).singleElement().asString()
        .contains("21213", "Crimolois", "2019-02-28", "Neuilly-Crimolois (21452)");
    assertThat(decision.firedRules()).extracting(r -> r.name())
        .contains("TERRITORY: a retired commune code is read as its successor's, which is in the perimeter");
    assertThat(decision.application().residenceInseeCode())
        .as("the input is recorded as received").isEqualTo("21213");
  }

  @Test
  void neuilly_21452_is_named_neuilly_les_dijon_until_2019_02_27_and_neuilly_crimolois_from_2019_02_28() {
    assertThat(RULES.assessEntry(livingIn("21452", LocalDate.of(2019, 2, 27)))
        .criterion(Criterion.TERRITORY).reason()).contains("Neuilly-lès-Dijon (21452)");
    assertThat(RULES.assessEntry(livingIn("21452", LocalDate.of(2019, 2, 28)))
        .criterion(Criterion.TERRITORY).reason()).contains("Neuilly-Crimolois (21452)");
  }

  @Test
  void the_perimeter_has_24_communes_in_2018_1_and_23_in_2018_2() {
    assertThat(InternalAccess.communesValidOn("2018.1", LocalDate.of(2018, 6, 1))).hasSize(24);
    assertThat(InternalAccess.communesValidOn("2018.2", LocalDate.of(2019, 2, 28))).hasSize(23);
  }
}
