package fr.plie.rules.records;

import fr.plie.rules.TestRules;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.Pseudonymiser;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import fr.plie.rules.internal.Ed25519Keys;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.CommissionDecision;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Keys, a facade and cases shared by the records' tests. */
final class RecordFixtures {
  static final String[] KEYS = Ed25519Keys.generatePem();
  static final String PRIVATE_PEM = KEYS[0];
  static final String PUBLIC_PEM = KEYS[1];
  static final RecordSigner SIGNER = RecordSigner.ed25519(PRIVATE_PEM);
  static final RecordVerifier VERIFIER = RecordVerifier.ed25519(PUBLIC_PEM);
  static final byte[] PSEUDONYM_KEY =
      "a secret of thirty-two bytes, at least".getBytes(StandardCharsets.US_ASCII);
  static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.hmacSha256(PSEUDONYM_KEY);
  static final PlieRules RULES = TestRules.deterministic(PlieRules.load());

  private RecordFixtures() {}

  /** Eligible through a health problem without Cap Emploi (art. 9) and on minimum benefits. */
  static EntryApplication healthAndBenefits() {
    return EntryApplication.builder()
        .participantId("DIJ-2018-0007")
        .assessmentDate(LocalDate.of(2018, 4, 10))
        .birthDate(LocalDate.of(1979, 2, 3))
        .residenceInseeCode("21231")
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .lacksBasicSkills(true)
        .neverWorked(false)
        .lastProfessionalActivityEnd(LocalDate.of(2018, 1, 31))
        .minimaSociaux(List.of("AAH"))
        .socioProfessionalOrientation(true)
        .complexFamilySituation(false)
        .mobilityProblems(false)
        .housingProblems(false)
        .healthOrDisabilityProblems(true)
        .followedByCapEmploi(false)
        .underJusticeMandate(true)
        .build();
  }

  /** Not eligible: the health problem does not count, the person being followed by Cap Emploi. */
  static EntryApplication followedByCapEmploi() {
    return EntryApplication.builder()
        .participantId("DIJ-2018-0004")
        .assessmentDate(LocalDate.of(2018, 6, 1))
        .birthDate(LocalDate.of(1985, 9, 12))
        .residenceInseeCode("21617")
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .insufficientQualification(true)
        .neverWorked(true)
        .minimaSociaux(List.of())
        .complexFamilySituation(false)
        .mobilityProblems(false)
        .housingProblems(false)
        .healthOrDisabilityProblems(true)
        .followedByCapEmploi(true)
        .underJusticeMandate(false)
        .build();
  }

  /** Eligible through a complex family situation: the special-category facts decide nothing. */
  static EntryApplication familySituation() {
    return EntryApplication.builder()
        .participantId("DIJ-2018-0001")
        .assessmentDate(LocalDate.of(2018, 3, 15))
        .birthDate(LocalDate.of(1990, 11, 30))
        .residenceInseeCode("21231")
        .workAuthorization(true)
        .wantsIntegratedPathway(true)
        .insufficientQualification(true)
        .neverWorked(true)
        .minimaSociaux(List.of("RSA"))
        .complexFamilySituation(true)
        .healthOrDisabilityProblems(false)
        .followedByCapEmploi(false)
        .underJusticeMandate(false)
        .build();
  }

  /** A CDD then a CDI: positive; the birth date is given but no route reads the age. */
  static ExitCase cddThenCdi() {
    return ExitCase.builder()
        .participantId("DIJ-2018-0101")
        .assessmentDate(LocalDate.of(2018, 12, 31))
        .birthDate(LocalDate.of(1990, 5, 4))
        .addActivities(Activity.builder().type(ActivityType.CDD).start(LocalDate.of(2018, 1, 8))
            .end(LocalDate.of(2018, 4, 30)).weeklyHours(new BigDecimal("35"))
            .employer("Boulangerie Martin").build())
        .addActivities(Activity.builder().type(ActivityType.CDI).start(LocalDate.of(2018, 6, 1))
            .weeklyHours(new BigDecimal("24")).employer("Garage du Lac").build())
        .build();
  }

  /** Six months in a chantier d'insertion at 57, validated by the commission: the age decides. */
  static ExitCase seniorChantier() {
    return ExitCase.builder()
        .participantId("DIJ-2018-0142")
        .assessmentDate(LocalDate.of(2018, 12, 31))
        .birthDate(LocalDate.of(1961, 3, 1))
        .commissionDecision(CommissionDecision.VALIDATED)
        .commissionDecisionDate(LocalDate.of(2018, 11, 20))
        .addActivities(Activity.builder().type(ActivityType.CHANTIER_INSERTION)
            .start(LocalDate.of(2018, 2, 1)).end(LocalDate.of(2018, 12, 31))
            .weeklyHours(new BigDecimal("26")).employer("Chantier des Lentillères").build())
        .build();
  }

  /**
   * The shipped rules exported to {@code copy} with {@code drl} appended to 2018.1's
   * work-authorization rules, loaded from the class path (only the class path may bring rule files
   * the library does not ship; a folder may not), pinned to 2018.1.
   */
  static PlieRules withEntryRuleAppended(java.nio.file.Path copy, String drl)
      throws java.io.IOException {
    fr.plie.rules.api.RuleSetWorkbench.exportShipped(copy.resolve("rulesets"));
    java.nio.file.Files.writeString(
        copy.resolve("rulesets/plie-dijon/2018.1/entry/work-authorization.drl"), drl,
        java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    return PlieRules.loadFromClassPath(new java.net.URLClassLoader(
        new java.net.URL[] {copy.toUri().toURL()}, null), "rulesets").version("2018.1");
  }
}
