package fr.plie.rules.records;

import static fr.plie.rules.records.RecordFixtures.PSEUDONYMISER;
import static fr.plie.rules.records.RecordFixtures.PSEUDONYM_KEY;
import static fr.plie.rules.records.RecordFixtures.RULES;
import static fr.plie.rules.records.RecordFixtures.SIGNER;
import static fr.plie.rules.records.RecordFixtures.VERIFIER;
import static fr.plie.rules.records.RecordFixtures.cddThenCdi;
import static fr.plie.rules.records.RecordFixtures.familySituation;
import static fr.plie.rules.records.RecordFixtures.followedByCapEmploi;
import static fr.plie.rules.records.RecordFixtures.healthAndBenefits;
import static fr.plie.rules.records.RecordFixtures.seniorChantier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.rules.api.Pseudonymiser;
import fr.plie.rules.model.Criterion;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.CriterionStatus;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ImmutableCriterionAssessment;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.RecordSchemas;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.SignatureStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pseudonymised form keeps what an audit needs years later and no more (GDPR art. 5(1)(c)):
 * a keyed pseudonym, no employer, the birth date only when a route used the age, special-category
 * facts (art. 9 and 10) only in the embedded input and only when a criterion relied on them,
 * never repeated in free text; and it still replays IDENTICAL and verifies once signed.
 */
class PseudonymisationTest {
  /** Words that would repeat a special-category value in free text. */
  private static final List<String> SPECIAL_WORDS = List.of("Cap Emploi", "santé", "handicap",
      "justice", "minimum social", "AAH", "RSA");

  private static EntryDecision pseudonymised(EntryDecision full) {
    EntryDecision p = PSEUDONYMISER.pseudonymise(full);
    RecordSchemas.assertValid(p);
    return p;
  }

  private static List<String> freeText(EntryDecision d) {
    List<String> text = new ArrayList<>(List.of(d.explanation()));
    text.addAll(d.notes());
    d.criteria().forEach(c -> {
      text.add(c.reason());
      text.addAll(c.tableRows());
    });
    return text;
  }

  @Test
  void the_pseudonym_is_a_keyed_hmac_the_same_for_the_same_person_and_key() {
    String pseudonym = PSEUDONYMISER.pseudonym("DIJ-2018-0007");
    assertThat(pseudonym).matches("hmac-sha256:[0-9a-f]{64}");
    assertThat(Pseudonymiser.hmacSha256(PSEUDONYM_KEY.clone()).pseudonym("DIJ-2018-0007"))
        .isEqualTo(pseudonym);
    assertThat(PSEUDONYMISER.pseudonym("DIJ-2018-0008")).isNotEqualTo(pseudonym);
    byte[] otherKey = PSEUDONYM_KEY.clone();
    otherKey[0] ^= 1;
    assertThat(Pseudonymiser.hmacSha256(otherKey).pseudonym("DIJ-2018-0007")).isNotEqualTo(pseudonym);
    // Two decisions about the same person link through the pseudonym, and only through it.
    EntryDecision p = pseudonymised(RULES.assessEntry(healthAndBenefits()));
    assertThat(p.participantId()).isEqualTo(pseudonym).isEqualTo(p.application().participantId());
    assertThat(PlieJson.write(p)).doesNotContain("DIJ-2018-0007");
  }

  @Test
  void special_category_values_are_kept_only_in_the_input_and_never_repeated_in_free_text() {
    EntryDecision full = RULES.assessEntry(healthAndBenefits());
    assertThat(freeText(full)).anySatisfy(t -> assertThat(t).contains("AAH"));
    EntryDecision p = pseudonymised(full);

    for (String text : freeText(p)) {
      for (String word : SPECIAL_WORDS) {
        assertThat(text).as("free text").doesNotContainIgnoringCase(word);
      }
    }
    CriterionAssessment personal = p.criterion(Criterion.PERSONAL_SITUATION);
    assertThat(personal.status()).isEqualTo(CriterionStatus.MET);
    assertThat(personal.reason()).startsWith("Critère rempli.").contains("RGPD, art. 9 et 10");
    assertThat(personal.factsUsed()).isEmpty();
    assertThat(personal.citation()).isEqualTo(full.criterion(Criterion.PERSONAL_SITUATION).citation());
    assertThat(p.criterion(Criterion.LABOUR_MARKET).factsUsed())
        .containsOnlyKeys("lacksBasicSkills", "socioProfessionalOrientation");
    // The criteria that read no special-category fact keep their reasons.
    assertThat(p.criterion(Criterion.TERRITORY).reason())
        .isEqualTo(full.criterion(Criterion.TERRITORY).reason());
    // What the decision relied on stays in the input, so that it replays; the birth date goes.
    assertThat(p.application().healthOrDisabilityProblems()).isTrue();
    assertThat(p.application().followedByCapEmploi()).isFalse();
    assertThat(p.application().underJusticeMandate()).isTrue();
    assertThat(p.application().minimaSociaux()).containsExactly("AAH");
    assertThat(p.application().birthDate()).isNull();
    assertThat(p.form()).isEqualTo(RecordForm.PSEUDONYMISED);
    assertThat(p.decisionId()).isEqualTo(full.decisionId());
    assertThat(p.decidedAt()).isEqualTo(full.decidedAt());
  }

  @Test
  void special_category_facts_the_decision_did_not_rely_on_are_left_out() {
    EntryDecision full = RULES.assessEntry(familySituation());
    EntryDecision p = pseudonymised(full);
    // Eligible through the family situation: health, Cap Emploi, justice and benefits decided nothing.
    assertThat(p.application().healthOrDisabilityProblems()).isNull();
    assertThat(p.application().followedByCapEmploi()).isNull();
    assertThat(p.application().underJusticeMandate()).isNull();
    assertThat(p.application().minimaSociaux()).isNull();
    assertThat(p.application().complexFamilySituation()).isTrue();
    assertThat(p.criterion(Criterion.PERSONAL_SITUATION).reason())
        .isEqualTo(full.criterion(Criterion.PERSONAL_SITUATION).reason());
    assertThat(RULES.replay(p).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  @Test
  void the_cap_emploi_exception_is_kept_as_a_status_and_a_citation() {
    EntryDecision p = pseudonymised(RULES.assessEntry(followedByCapEmploi()));
    CriterionAssessment personal = p.criterion(Criterion.PERSONAL_SITUATION);
    assertThat(personal.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(personal.reason()).startsWith("Critère non rempli.").doesNotContain("Cap Emploi");
    assertThat(personal.citation().text()).contains("CapEmploi");
    assertThat(p.explanation()).doesNotContain("Cap Emploi");
    assertThat(p.application().followedByCapEmploi()).isTrue();
    assertThat(p.application().healthOrDisabilityProblems())
        .as("the exception decided, not the health problem").isNull();
    assertThat(RULES.replay(p).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  @Test
  void an_exit_record_loses_its_employers_and_the_birth_date_no_route_used() {
    ExitDecision full = RULES.assessExit(cddThenCdi());
    ExitDecision p = PSEUDONYMISER.pseudonymise(full);
    RecordSchemas.assertValid(p);
    assertThat(p.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    assertThat(p.exitCase().activities()).allSatisfy(a -> assertThat(a.employer()).isNull());
    assertThat(p.exitCase().birthDate()).isNull();
    assertThat(PlieJson.write(p)).doesNotContain("Boulangerie").doesNotContain("1990-05-04")
        .doesNotContain("DIJ-2018-0101");
    assertThat(p.routes()).isEqualTo(full.routes());
    assertThat(RULES.replay(p).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  @Test
  void the_birth_date_stays_when_the_senior_route_used_the_age() {
    ExitDecision full = RULES.assessExit(seniorChantier());
    assertThat(full.outcome()).isEqualTo(ExitOutcome.POSITIVE);
    ExitDecision p = PSEUDONYMISER.pseudonymise(full);
    assertThat(p.exitCase().birthDate()).isEqualTo(full.exitCase().birthDate());
    assertThat(p.exitCase().activities().get(0).employer()).isNull();
    assertThat(RULES.replay(p).status()).isEqualTo(ReplayReport.Status.IDENTICAL);
  }

  @Test
  void a_pseudonymised_record_is_signed_again_and_verifies_and_replays() {
    EntryDecision signedFull = SIGNER.sign(RULES.assessEntry(healthAndBenefits()));
    EntryDecision p = PSEUDONYMISER.pseudonymise(signedFull);
    assertThat(p.signature()).as("the full form's signature does not cover this form").isNull();
    EntryDecision signed = SIGNER.sign(p);
    assertThat(VERIFIER.verify(signed).status()).isEqualTo(SignatureStatus.VALID);
    ReplayReport report = RULES.withVerifier(VERIFIER)
        .replay(PlieJson.readEntryDecision(PlieJson.write(signed)));
    assertThat(report.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(report.signature()).isEqualTo(SignatureStatus.VALID);
    // The facade does both, in that order.
    EntryDecision direct = RULES.withPseudonymiser(PSEUDONYMISER).withSigner(SIGNER)
        .assessEntry(healthAndBenefits());
    assertThat(direct).isEqualTo(signed);
  }

  @Test
  void a_changed_status_in_a_pseudonymised_record_replays_different() {
    EntryDecision p = PSEUDONYMISER.pseudonymise(RULES.assessEntry(healthAndBenefits()));
    List<CriterionAssessment> criteria = new ArrayList<>(p.criteria());
    int at = Criterion.PERSONAL_SITUATION.ordinal();
    criteria.set(at, ImmutableCriterionAssessment.copyOf(criteria.get(at)).withStatus(CriterionStatus.NOT_MET));
    ReplayReport report = RULES.replay(ImmutableEntryDecision.copyOf(p).withCriteria(criteria));
    assertThat(report.status()).isEqualTo(ReplayReport.Status.DIFFERENT);
    assertThat(report.differences()).extracting(ReplayReport.Difference::path)
        .contains("/criteria/4/status");
  }

  @Test
  void a_record_is_pseudonymised_once() {
    EntryDecision p = PSEUDONYMISER.pseudonymise(RULES.assessEntry(familySituation()));
    assertThatThrownBy(() -> PSEUDONYMISER.pseudonymise(p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already pseudonymised");
  }
}
