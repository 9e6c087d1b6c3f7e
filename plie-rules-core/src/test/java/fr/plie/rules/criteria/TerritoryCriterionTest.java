package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static fr.plie.rules.criteria.Applications.eligible;
import static fr.plie.rules.criteria.Applications.rejectedFields;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * §I.C.1: « Les participants PLIE doivent habiter l'une des communes de la Communauté Urbaine du
 * Grand Dijon » — 24 communes in 2018, decided on the INSEE code of the commune of residence.
 */
@DisplayName("TERRITORY: lives in one of the 24 communes of the Communauté urbaine du Grand Dijon")
class TerritoryCriterionTest {

  /** The 24 communes of the Communauté urbaine du Grand Dijon in 2018 (INSEE COG codes). */
  @ParameterizedTest(name = "{1} ({0}) is inside the perimeter")
  @CsvSource({
      "21003, Ahuy",
      "21105, Bressey-sur-Tille",
      "21106, Bretenière",
      "21166, Chenôve",
      "21171, Chevigny-Saint-Sauveur",
      "21192, Corcelles-les-Monts",
      "21213, Crimolois",
      "21223, Daix",
      "21231, Dijon",
      "21263, Fénay",
      "21270, Flavignerot",
      "21278, Fontaine-lès-Dijon",
      "21315, Hauteville-lès-Dijon",
      "21355, Longvic",
      "21370, Magny-sur-Tille",
      "21390, Marsannay-la-Côte",
      "21452, Neuilly-lès-Dijon",
      "21473, Ouges",
      "21481, Perrigny-lès-Dijon",
      "21485, Plombières-lès-Dijon",
      "21515, Quetigny",
      "21540, Saint-Apollinaire",
      "21605, Sennecey-lès-Dijon",
      "21617, Talant"
  })
  void each_of_the_24_communes_of_the_perimeter_meets_the_criterion(String inseeCode, String name) {
    CriterionAssessment territory = assess(eligible().withResidenceInseeCode(inseeCode),
        Criterion.TERRITORY);

    assertThat(territory.status()).isEqualTo(CriterionStatus.MET);
    assertThat(territory.reason()).contains(name).contains(inseeCode);
    assertThat(territory.factsUsed()).containsOnlyKeys("residenceInseeCode");
    assertThat(territory.factsUsed().get("residenceInseeCode").asText()).isEqualTo(inseeCode);
    assertThat(territory.missingFacts()).isEmpty();
  }

  @Test
  void the_whole_application_of_a_resident_of_the_perimeter_is_eligible() {
    assertThat(assess(eligible().withResidenceInseeCode("21617")).outcome())
        .isEqualTo(EntryOutcome.ELIGIBLE);
  }

  @ParameterizedTest(name = "{1} ({0}), just outside, is not in the perimeter")
  @CsvSource({
      "21408, Messigny-et-Vantoux",
      "21462, Norges-la-Ville",
      "21657, Varois-et-Chaignot",
      "21555, Saint-Julien"
  })
  void a_commune_just_outside_the_perimeter_does_not_meet_the_criterion(String inseeCode,
      String name) {
    var decision = assess(eligible().withResidenceInseeCode(inseeCode));
    CriterionAssessment territory = decision.criterion(Criterion.TERRITORY);

    assertThat(territory.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(territory.reason()).contains(inseeCode).contains("ne fait pas partie");
    assertThat(territory.factsUsed()).containsOnlyKeys("residenceInseeCode");
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
    assertThat(decision.missingFacts()).isEmpty();
  }

  /**
   * Postal codes are shared between communes inside and outside the perimeter (21800 serves
   * Quetigny and Crimolois but also communes outside; 21121 serves Ahuy, Daix, Fontaine-lès-Dijon,
   * Hauteville-lès-Dijon and others); a postal code is not an INSEE code and never places someone
   * inside the perimeter.
   */
  @ParameterizedTest(name = "postal code {0} does not decide residence")
  @ValueSource(strings = {"21000", "21121", "21160", "21800", "21240", "21600"})
  void a_postal_code_given_instead_of_the_insee_code_never_places_inside_the_perimeter(
      String postalCode) {
    assertThat(assess(eligible().withResidenceInseeCode(postalCode), Criterion.TERRITORY).status())
        .isEqualTo(CriterionStatus.NOT_MET);
  }

  @Test
  void a_commune_of_corsica_is_a_well_formed_code_outside_the_perimeter() {
    assertThat(assess(eligible().withResidenceInseeCode("2A004"), Criterion.TERRITORY).status())
        .isEqualTo(CriterionStatus.NOT_MET);
  }

  @Test
  void an_unknown_commune_of_residence_leaves_the_criterion_unknown() {
    var decision = assess(eligible().withResidenceInseeCode(null));
    CriterionAssessment territory = decision.criterion(Criterion.TERRITORY);

    assertThat(territory.status()).isEqualTo(CriterionStatus.UNKNOWN);
    assertThat(territory.missingFacts()).containsExactly("residenceInseeCode");
    assertThat(territory.factsUsed()).isEmpty();
    assertThat(decision.outcome()).isEqualTo(EntryOutcome.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("residenceInseeCode");
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @ValueSource(strings = {"2123", "212310", "", "2A04", "21 23", "Dijon", "21-231"})
  void a_residence_code_that_is_not_a_five_character_insee_code_is_invalid_input(String code) {
    assertThat(rejectedFields(() -> eligible().withResidenceInseeCode(code)))
        .containsExactly("residenceInseeCode");
  }
}
