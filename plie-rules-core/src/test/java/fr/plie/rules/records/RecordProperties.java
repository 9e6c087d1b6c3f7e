package fr.plie.rules.records;

import static fr.plie.rules.records.RecordFixtures.PSEUDONYMISER;
import static fr.plie.rules.records.RecordFixtures.RULES;
import static fr.plie.rules.records.RecordFixtures.SIGNER;
import static fr.plie.rules.records.RecordFixtures.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.criteria.EntryProperties;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.internal.CanonicalJson;
import fr.plie.rules.internal.Pseudonymisation;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.ImmutableActivity;
import fr.plie.rules.model.ImmutableExitCase;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.RecordSchemas;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.SignatureStatus;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For any decision: the record, signed, and its pseudonymised form, signed, both match their
 * schema, verify (as stored, one line or with other key order) and replay IDENTICAL with the
 * signature checked; and the pseudonymised form repeats no special-category value in free text,
 * keeps no employer and keeps the birth date only when a route used the age.
 */
class RecordProperties {
  private static final PlieRules CHECKING = RULES.withVerifier(VERIFIER);
  /** Sentences the entry rules write about special-category facts. */
  private static final List<String> SPECIAL_SENTENCES = List.of("Cap Emploi", "santé", "handicap",
      "mandat de justice", "minimum social");

  @Provide
  Arbitrary<EntryApplication> applications() {
    return new EntryProperties().applications();
  }

  @Provide
  Arbitrary<ExitCase> exitCases() {
    return Arbitraries.randomValue(RecordProperties::withEmployers);
  }

  private static ExitCase withEmployers(Random random) {
    ExitCase c = ExitCaseGenerator.valid(random);
    List<Activity> named = c.activities().stream()
        .map(a -> (Activity) (random.nextInt(3) == 0 ? a
            : ImmutableActivity.copyOf(a).withEmployer("Employeur n° " + random.nextInt(1000))))
        .toList();
    return ImmutableExitCase.copyOf(c).withActivities(named);
  }

  @Property(tries = 150)
  void an_entry_record_signed_and_its_pseudonymised_form_signed_verify_and_replay_identical(
      @ForAll("applications") EntryApplication application) {
    EntryDecision full = RULES.assessEntry(application);
    EntryDecision pseudonymised = PSEUDONYMISER.pseudonymise(full);
    for (EntryDecision record : List.of(SIGNER.sign(full), SIGNER.sign(pseudonymised))) {
      String stored = PlieJson.write(record);
      RecordSchemas.assertValidJson(stored);
      assertVerifies(stored);
      ReplayReport report = CHECKING.replay(PlieJson.readEntryDecision(stored));
      assertThat(report.status()).as(report.summary() + " " + report.differences())
          .isEqualTo(ReplayReport.Status.IDENTICAL);
      assertThat(report.signature()).isEqualTo(SignatureStatus.VALID);
    }
    assertThat(pseudonymised.application().birthDate()).isNull();
    for (CriterionAssessment c : pseudonymised.criteria()) {
      assertThat(c.factsUsed().keySet()).doesNotContainAnyElementsOf(Pseudonymisation.SPECIAL_CATEGORY_FACTS);
      for (String sentence : SPECIAL_SENTENCES) {
        assertThat(c.reason()).doesNotContain(sentence);
      }
    }
    for (String sentence : SPECIAL_SENTENCES) {
      assertThat(pseudonymised.explanation()).doesNotContain(sentence);
    }
    Statistics.label("withheld reasons").collect(pseudonymised.criteria().stream()
        .filter(c -> !c.reason().equals(full.criterion(c.id()).reason())).count());
  }

  @Property(tries = 150)
  void an_exit_record_signed_and_its_pseudonymised_form_signed_verify_and_replay_identical(
      @ForAll("exitCases") ExitCase exitCase) {
    ExitDecision full = RULES.assessExit(exitCase);
    ExitDecision pseudonymised = PSEUDONYMISER.pseudonymise(full);
    for (ExitDecision record : List.of(SIGNER.sign(full), SIGNER.sign(pseudonymised))) {
      String stored = PlieJson.write(record);
      RecordSchemas.assertValidJson(stored);
      assertVerifies(stored);
      ReplayReport report = CHECKING.replay(PlieJson.readExitDecision(stored));
      assertThat(report.status()).as(report.summary() + " " + report.differences())
          .isEqualTo(ReplayReport.Status.IDENTICAL);
    }
    assertThat(pseudonymised.exitCase().activities()).allSatisfy(a -> assertThat(a.employer()).isNull());
    boolean ageRead = full.route(ExitRoute.SENIOR_CHANTIER_INSERTION).activitiesUsed().size() > 0
        || full.routes().stream().anyMatch(r -> r.factsUsed().containsKey("birthDate"));
    assertThat(pseudonymised.exitCase().birthDate())
        .isEqualTo(ageRead ? exitCase.birthDate() : null);
    assertThat(pseudonymised.routes()).isEqualTo(full.routes());
    Statistics.label("birth date").collect(exitCase.birthDate() == null ? "absent"
        : ageRead ? "kept" : "left out");
  }

  @Property(tries = 100)
  void the_canonical_form_does_not_depend_on_how_the_record_is_written(
      @ForAll("applications") EntryApplication application) {
    DecisionRecord record = SIGNER.sign(PSEUDONYMISER.pseudonymise(RULES.assessEntry(application)));
    String pretty = PlieJson.write(record);
    byte[] canonical = CanonicalJson.bytes(tree(pretty));
    for (Function<String, String> rewrite : List.<Function<String, String>>of(
        json -> PlieJson.writeLine(tree(json)),
        json -> PlieJson.write(SignatureTest.reversed(tree(json))),
        json -> SignatureTest.otherWhitespace(tree(json)))) {
      String other = rewrite.apply(pretty);
      assertThat(CanonicalJson.bytes(tree(other))).isEqualTo(canonical);
      assertThat(VERIFIER.verify(tree(other)).status()).isEqualTo(SignatureStatus.VALID);
    }
    assertThat(record.form()).isEqualTo(RecordForm.PSEUDONYMISED);
  }

  private static void assertVerifies(String stored) {
    assertThat(VERIFIER.verify(tree(stored)).status()).isEqualTo(SignatureStatus.VALID);
    assertThat(VERIFIER.verify(tree(PlieJson.writeLine(SignatureTest.reversed(tree(stored))))).status())
        .isEqualTo(SignatureStatus.VALID);
  }

  private static JsonNode tree(String json) {
    try {
      return PlieJson.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
