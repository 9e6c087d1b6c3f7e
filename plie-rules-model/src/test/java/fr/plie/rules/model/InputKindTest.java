package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The kind of a record comes from all its fields (issue 9, item 6: an exit case without
 * {@code activities} was decided as an entry application, UNDETERMINED, exit code 0).
 */
class InputKindTest {
  private static final String HEAD = "\"participantId\":\"P\",\"assessmentDate\":\"2018-12-31\"";

  private static InputKind kind(String fields) {
    return InputKind.of(PlieJson.parse("{" + HEAD + fields + "}"));
  }

  private static InputProblem refused(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> InputKind.of(PlieJson.parse(json)));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).field()).isEqualTo("(document)");
    return e.problems().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      ",\"activities\":[] | EXIT",
      ",\"commissionDecision\":\"VALIDATED\" | EXIT",
      ",\"commissionDecisionDate\":\"2018-12-01\",\"birthDate\":\"1960-01-01\" | EXIT",
      ",\"workAuthorization\":true | ENTRY",
      ",\"minimaSociaux\":[],\"birthDate\":\"1960-01-01\" | ENTRY",
      ",\"underJusticeMandate\":null | ENTRY"
  })
  void a_field_that_only_one_kind_has_decides_the_kind(String fields, InputKind expected) {
    assertThat(kind(fields)).isEqualTo(expected);
  }

  @Test
  void an_exit_case_without_activities_but_with_the_commission_is_an_exit_case() {
    assertThat(kind(",\"birthDate\":\"1960-01-01\",\"commissionDecision\":\"REJECTED\""))
        .isEqualTo(InputKind.EXIT);
  }

  @Test
  void a_record_with_only_common_fields_is_refused_as_ambiguous() {
    assertThat(refused("{" + HEAD + ",\"birthDate\":\"1960-01-01\"}").problem())
        .startsWith("could be an entry application or an exit case")
        .contains("\"activities\" ([] for none)");
  }

  @Test
  void a_record_mixing_both_kinds_is_refused_naming_the_fields() {
    assertThat(refused("{" + HEAD + ",\"activities\":[],\"neverWorked\":true}").problem())
        .isEqualTo("mixes fields of an entry application [neverWorked] and of an exit case"
            + " [activities]: give one kind per record");
  }

  @Test
  void unknown_fields_are_named_cut_and_escaped() {
    assertThat(refused("{" + HEAD + ",\"\\u001b[31m" + "x".repeat(500) + "\":1}").problem())
        .contains("unknown fields: \\u001B[31mxxx").contains("…").doesNotContain("\u001b")
        .hasSizeLessThan(300);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "42", "\"text\"", "null"})
  void a_value_that_is_not_an_object_is_refused(String json) {
    assertThat(refused(json).problem()).isEqualTo("must be a JSON object");
  }

  @Test
  void the_kinds_share_exactly_the_identity_and_the_birth_date() {
    java.util.Set<String> common = new java.util.TreeSet<>(InputKind.ENTRY.fields());
    common.retainAll(InputKind.EXIT.fields());
    assertThat(common).containsExactlyInAnyOrder("participantId", "assessmentDate", "birthDate");
  }
}
