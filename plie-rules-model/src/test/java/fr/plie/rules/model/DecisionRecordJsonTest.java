package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decision record's identity (format, id, time, form, signature) is read only in the one form
 * the library writes, so that a record read and written again is byte for byte the record that
 * was signed; and the published schemas list exactly the fields written.
 */
class DecisionRecordJsonTest {
  private static final EntryDecision DECISION = PlieJsonTest.decision();

  private static String with(String field, String json) {
    ObjectNode tree = PlieJson.toTree(DECISION);
    try {
      tree.set(field, PlieJson.mapper().readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return PlieJson.write(tree);
  }

  private static InputProblem rejected(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readEntryDecision(json));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void a_record_states_its_format_id_time_and_form_first() {
    String json = PlieJson.write(DECISION);
    assertThat(json).startsWith("{\n  \"recordFormat\" : 1,\n  \"decisionId\" : "
        + "\"6f1d6f1e-8a55-4a51-9a3c-3b0e1c2d4e5f\",\n  \"decidedAt\" : \"2018-03-01T10:15:30.250Z\","
        + "\n  \"form\" : \"FULL\",");
    assertThat(json).doesNotContain("\"signature\"");
    assertThat(PlieJson.readEntryDecision(json)).isEqualTo(DECISION);
  }

  @Test
  void a_signed_record_reads_back_equal() {
    EntryDecision signed = ImmutableEntryDecision.copyOf(DECISION).withSignature(
        RecordSignature.builder().algorithm("Ed25519").keyId("sha256:" + "a".repeat(64))
            .value("A".repeat(86) + "==").build());
    String json = PlieJson.write(signed);
    assertThat(json.indexOf("\"signature\"")).isGreaterThan(json.indexOf("\"application\""));
    assertThat(PlieJson.readEntryDecision(json)).isEqualTo(signed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2018-03-01T11:15:30.250+01:00\"", "\"2018-03-01T10:15:30.25Z\"",
      "\"2018-03-01 10:15:30Z\"", "\"2018-03-01\"", "1519899330"})
  void decided_at_is_a_utc_instant_written_one_way_only(String value) {
    InputProblem p = rejected(with("decidedAt", value));
    assertThat(p.field()).isEqualTo("decidedAt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"6F1D6F1E-8A55-4A51-9A3C-3B0E1C2D4E5F\"", "\"6f1d6f1e8a554a519a3c3b0e1c2d4e5f\"",
      "\"not-a-uuid\"", "42"})
  void the_decision_id_is_a_lower_case_uuid(String value) {
    InputProblem p = rejected(with("decisionId", value));
    assertThat(p.field()).isEqualTo("decisionId");
  }

  @Test
  void a_record_of_an_unknown_format_is_refused_by_name() {
    InputProblem p = rejected(with("recordFormat", "2"));
    assertThat(p.field()).isEqualTo("recordFormat");
    assertThat(p.problem()).contains("format 1");
  }

  @Test
  void a_record_without_id_or_time_is_refused() {
    ObjectNode tree = PlieJson.toTree(DECISION);
    tree.remove("decisionId");
    tree.remove("decidedAt");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readEntryDecision(PlieJson.write(tree)));
    assertThat(e.problems()).extracting(InputProblem::field)
        .containsExactlyInAnyOrder("decisionId", "decidedAt");
  }

  @Test
  void the_record_schemas_list_exactly_the_fields_written() throws IOException {
    EntryDecision signed = ImmutableEntryDecision.copyOf(DECISION).withSignature(
        RecordSignature.builder().algorithm("Ed25519").keyId("k").value("v").build());
    assertThat(schemaFields("entry-decision.schema.json"))
        .containsExactlyElementsOf(fields(PlieJson.toTree(signed)));
    assertThat(schemaFields("exit-decision.schema.json")).containsExactly("recordFormat",
        "decisionId", "decidedAt", "form", "participantId", "assessmentDate", "outcome",
        "positiveExitDate", "projectedPositiveExitDate", "ruleSet", "routes", "missingFacts",
        "notes", "firedRules", "explanation", "exitCase", "signature");
    assertThat(List.of(ExitDecision.class.getAnnotation(
        com.fasterxml.jackson.annotation.JsonPropertyOrder.class).value()))
        .containsExactlyElementsOf(schemaFields("exit-decision.schema.json"));
  }

  @Test
  void a_hand_built_record_is_checked_by_the_schema() {
    // One criterion instead of five: the schema notices what the reader cannot.
    assertThat(RecordSchemas.problems(PlieJson.write(DECISION)))
        .anySatisfy(p -> assertThat(p).contains("criteria"));
  }

  private static List<String> schemaFields(String name) throws IOException {
    try (InputStream in = PlieJson.class.getResourceAsStream("schemas/" + name)) {
      return fields(PlieJson.mapper().readTree(in).get("properties"));
    }
  }

  private static List<String> fields(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
