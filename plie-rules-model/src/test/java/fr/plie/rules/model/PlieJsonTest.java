package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict JSON reading names the field and the problem; writing leaves unknown facts out. */
class PlieJsonTest {
  private static final String HEAD = "{\"participantId\":\"P-1\",\"assessmentDate\":\"2018-03-01\"";

  private static String application(String moreFields) {
    return HEAD + (moreFields.isEmpty() ? "" : "," + moreFields) + "}";
  }

  private static InvalidInputException rejection(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  private static InputProblem onlyProblem(String json) {
    InvalidInputException e = rejection(() -> PlieJson.readEntryApplication(json));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).contains(e.problems().get(0).field());
    return e.problems().get(0);
  }

  @Nested
  class Reading {
    @Test
    void a_minimal_application_has_every_fact_unknown() {
      EntryApplication a = PlieJson.readEntryApplication(application(""));

      assertThat(a.participantId()).isEqualTo("P-1");
      assertThat(a.assessmentDate()).isEqualTo(LocalDate.of(2018, 3, 1));
      assertThat(a.workAuthorization()).isNull();
      assertThat(a.minimaSociaux()).isNull();
      assertThat(a.lastProfessionalActivityEnd()).isNull();
    }

    @Test
    void an_explicit_null_is_an_unknown_fact() {
      EntryApplication a = PlieJson.readEntryApplication(
          application("\"workAuthorization\":null,\"minimaSociaux\":null"));
      assertThat(a.workAuthorization()).isNull();
      assertThat(a.minimaSociaux()).isNull();
    }

    @Test
    void an_empty_benefit_list_means_no_benefit_not_unknown() {
      assertThat(PlieJson.readEntryApplication(application("\"minimaSociaux\":[]")).minimaSociaux())
          .isEmpty();
    }

    @Test
    void an_unknown_field_is_named() {
      InputProblem p = onlyProblem(application("\"workPermit\":true"));
      assertThat(p.field()).isEqualTo("workPermit");
      assertThat(p.problem()).contains("not a known field").contains("workAuthorization");
    }

    @Test
    void a_boolean_written_as_a_string_is_refused() {
      InputProblem p = onlyProblem(application("\"workAuthorization\":\"true\""));
      assertThat(p.field()).isEqualTo("workAuthorization");
      assertThat(p.problem()).contains("true or false").contains("not a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"yes\"", "\"\"", "[]", "{}"})
    void a_boolean_fact_accepts_nothing_but_a_json_boolean(String value) {
      assertThat(onlyProblem(application("\"housingProblems\":" + value)).field())
          .isEqualTo("housingProblems");
    }

    @Test
    void an_impossible_date_is_refused_by_name_without_its_value() {
      InputProblem p = onlyProblem("{\"participantId\":\"P-1\",\"assessmentDate\":\"2018-02-30\"}");
      assertThat(p.field()).isEqualTo("assessmentDate");
      assertThat(p.problem()).doesNotContain("2018-02-30").contains("YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2018-3-1\"", "\"01/03/2018\"", "\"2018-03-01T00:00:00\"", "\"\""})
    void a_date_not_in_iso_form_is_refused(String value) {
      assertThat(onlyProblem(application("\"lastProfessionalActivityEnd\":" + value)).field())
          .isEqualTo("lastProfessionalActivityEnd");
    }

    @Test
    void a_number_for_a_date_is_refused() {
      InputProblem p = onlyProblem(application("\"birthDate\":19800101"));
      assertThat(p.field()).isEqualTo("birthDate");
      assertThat(p.problem()).contains("date");
    }

    @Test
    void a_number_for_a_string_is_refused() {
      assertThat(onlyProblem("{\"participantId\":12,\"assessmentDate\":\"2018-03-01\"}").field())
          .isEqualTo("participantId");
    }

    @Test
    void a_missing_participant_id_is_named() {
      InputProblem p = onlyProblem("{\"assessmentDate\":\"2018-03-01\"}");
      assertThat(p.field()).isEqualTo("participantId");
      assertThat(p.problem()).contains("missing");
    }

    @Test
    void a_missing_assessment_date_is_named() {
      InputProblem p = onlyProblem("{\"participantId\":\"P-1\"}");
      assertThat(p.field()).isEqualTo("assessmentDate");
      assertThat(p.problem()).contains("missing");
    }

    @Test
    void every_missing_required_field_is_named() {
      InvalidInputException e = rejection(() -> PlieJson.readEntryApplication("{}"));
      assertThat(e.problems()).extracting(InputProblem::field)
          .containsExactlyInAnyOrder("participantId", "assessmentDate");
    }

    @Test
    void a_null_participant_id_is_a_missing_one() {
      assertThat(onlyProblem("{\"participantId\":null,\"assessmentDate\":\"2018-03-01\"}").field())
          .isEqualTo("participantId");
    }

    @Test
    void a_residence_code_that_is_not_an_insee_code_is_named() {
      InputProblem p = onlyProblem(application("\"residenceInseeCode\":\"2123\""));
      assertThat(p.field()).isEqualTo("residenceInseeCode");
      assertThat(p.problem()).contains("2123");
    }

    @Test
    void a_bad_benefit_code_is_named_by_its_position_in_the_array() {
      InputProblem p = onlyProblem(application("\"minimaSociaux\":[\"RSA\",\"rsa\"]"));
      assertThat(p.field()).isEqualTo("minimaSociaux[1]");
      assertThat(p.problem()).doesNotContain("'rsa'").contains("is not a minimum social benefit code");
    }

    @Test
    void a_number_in_the_benefit_array_is_named_by_its_position() {
      assertThat(onlyProblem(application("\"minimaSociaux\":[\"RSA\",12]")).field())
          .isEqualTo("minimaSociaux[1]");
    }

    @Test
    void a_null_in_the_benefit_array_is_named_by_its_position() {
      InputProblem p = onlyProblem(application("\"minimaSociaux\":[\"RSA\",\"ASS\",null]"));
      assertThat(p.field()).isEqualTo("minimaSociaux[2]");
      assertThat(p.problem()).doesNotContain("fr.plie");
    }

    @Test
    void a_single_benefit_not_in_an_array_is_refused() {
      InputProblem p = onlyProblem(application("\"minimaSociaux\":\"RSA\""));
      assertThat(p.field()).isEqualTo("minimaSociaux");
      assertThat(p.problem()).contains("array");
    }

    @Test
    void never_worked_with_an_end_of_activity_is_refused() {
      assertThat(onlyProblem(application(
          "\"neverWorked\":true,\"lastProfessionalActivityEnd\":\"2017-01-31\"")).field())
          .isEqualTo("lastProfessionalActivityEnd");
    }

    @Test
    void a_birth_date_after_the_assessment_date_is_refused() {
      assertThat(onlyProblem(application("\"birthDate\":\"2018-03-02\"")).field())
          .isEqualTo("birthDate");
    }

    @Test
    void malformed_json_is_refused_with_its_position() {
      InputProblem p = onlyProblem("{\"participantId\":\"P-1\",\n \"assessmentDate\" \"2018-03-01\"}");
      assertThat(p.field()).isEqualTo("(document)");
      assertThat(p.problem()).contains("not valid JSON").contains("line 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "42", "\"P-1\"", ""})
    void a_document_that_is_not_an_object_is_refused(String json) {
      assertThat(onlyProblem(json).field()).isEqualTo("(document)");
    }

    @Test
    void trailing_content_after_the_object_is_refused() {
      rejection(() -> PlieJson.readEntryApplication(application("") + " {}"));
    }

    @Test
    void a_field_given_twice_is_named() {
      InputProblem p = onlyProblem(application("\"workAuthorization\":true,\"workAuthorization\":false"));
      assertThat(p.field()).isEqualTo("workAuthorization");
      assertThat(p.problem()).doesNotContain("JsonNode");
    }

    @Test
    void a_problem_inside_a_nested_value_is_named_by_its_path() {
      String decision = PlieJson.write(decision());
      String broken = decision.replace("\"residenceInseeCode\" : \"21231\"",
          "\"residenceInseeCode\" : \"2123\"");
      assertThat(broken).isNotEqualTo(decision);

      InvalidInputException e = rejection(() -> PlieJson.readEntryDecision(broken));
      assertThat(e.problems()).extracting(InputProblem::field)
          .containsExactly("application.residenceInseeCode");
    }

    @Test
    void an_unknown_field_inside_a_nested_value_is_named_by_its_path() {
      String decision = PlieJson.write(decision());
      String broken = decision.replace("\"section\" : \"§I.C.1\"",
          "\"section\" : \"§I.C.1\", \"page\" : 5");
      InvalidInputException e = rejection(() -> PlieJson.readEntryDecision(broken));
      assertThat(e.problems()).extracting(InputProblem::field)
          .containsExactly("criteria[0].citation.page");
    }
  }

  @Nested
  class Writing {
    @Test
    void unknown_facts_are_left_out_and_dates_are_iso() throws Exception {
      EntryApplication a = EntryApplication.builder().participantId("P-1")
          .assessmentDate(LocalDate.of(2018, 3, 1)).birthDate(LocalDate.of(1975, 6, 2))
          .workAuthorization(false).minimaSociaux(List.of()).build();

      JsonNode json = PlieJson.mapper().readTree(PlieJson.write(a));

      assertThat(json.size()).isEqualTo(5);
      assertThat(json.get("assessmentDate").textValue()).isEqualTo("2018-03-01");
      assertThat(json.get("birthDate").textValue()).isEqualTo("1975-06-02");
      assertThat(json.get("workAuthorization")).isEqualTo(BooleanNode.FALSE);
      assertThat(json.get("minimaSociaux").isArray()).isTrue();
      assertThat(json.has("residenceInseeCode")).isFalse();
      assertThat(json.has("neverWorked")).isFalse();
      assertThat(PlieJson.readEntryApplication(PlieJson.write(a))).isEqualTo(a);
    }

    @Test
    void fields_are_written_in_the_documented_order() {
      String json = PlieJson.write(EntryApplication.builder().participantId("P-1")
          .assessmentDate(LocalDate.of(2018, 3, 1)).underJusticeMandate(true)
          .residenceInseeCode("21231").build());
      assertThat(json.indexOf("participantId")).isLessThan(json.indexOf("assessmentDate"));
      assertThat(json.indexOf("assessmentDate")).isLessThan(json.indexOf("residenceInseeCode"));
      assertThat(json.indexOf("residenceInseeCode")).isLessThan(json.indexOf("underJusticeMandate"));
    }

    @Test
    void characters_a_terminal_would_act_on_are_written_as_escapes_and_read_back() {
      String id = "A\u0000\u001b[31m\u007f\u009b\u202e\nB";
      EntryApplication a = EntryApplication.builder().participantId(id)
          .assessmentDate(LocalDate.of(2018, 3, 1)).build();

      String line = PlieJson.writeLine(a);

      assertThat(line).contains("A\\u0000\\u001B[31m\\u007F\\u009B\\u202E\\nB");
      assertThat(line.chars().noneMatch(c -> SafeText.isUnsafe((char) c))).isTrue();
      assertThat(PlieJson.readEntryApplication(line)).isEqualTo(a);
    }

    @Test
    void a_line_is_one_line_and_reads_back_equal() {
      EntryDecision d = decision();
      String line = PlieJson.writeLine(d);
      assertThat(line).doesNotContain("\n");
      assertThat(PlieJson.readEntryDecision(line)).isEqualTo(d);
      assertThat(PlieJson.readEntryDecision(PlieJson.write(d))).isEqualTo(d);
    }
  }

  /** A decision built by hand (the model module has no engine). */
  static EntryDecision decision() {
    EntryApplication application = EntryApplication.builder().participantId("P-1")
        .assessmentDate(LocalDate.of(2018, 3, 1)).residenceInseeCode("21231").build();
    Citation citation = Citation.builder().source("Appel à projets PLIE Dijon 2018")
        .section("§I.C.1").text("Les participants PLIE doivent habiter …").build();
    return EntryDecision.builder()
        .decisionId(java.util.UUID.fromString("6f1d6f1e-8a55-4a51-9a3c-3b0e1c2d4e5f"))
        .decidedAt(java.time.Instant.parse("2018-03-01T10:15:30.250Z"))
        .participantId("P-1").assessmentDate(LocalDate.of(2018, 3, 1))
        .outcome(EntryOutcome.UNDETERMINED)
        .ruleSet(RuleSetReference.builder().id("plie-dijon").version("2018.1")
            .validFrom(LocalDate.of(2018, 1, 1)).fingerprint("sha256:" + "0".repeat(64))
            .libraryVersion("test").build())
        .addCriteria(CriterionAssessment.builder().id(Criterion.TERRITORY)
            .status(CriterionStatus.MET).reason("Dijon.")
            .factsUsed(Map.of("residenceInseeCode",
                PlieJson.mapper().getNodeFactory().textNode("21231")))
            .rules(List.of("TERRITORY: in")).citation(citation).build())
        .missingFacts(List.of("workAuthorization"))
        .addFiredRules(FiredRule.builder().name("TERRITORY: in").file("entry/territory.drl")
            .section("§I.C.1").build())
        .explanation("…")
        .application(application)
        .build();
  }
}
