package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every date of every input lies between 1900-01-01 and 2100-12-31 (issue 9, item 2: an activity
 * ending on +999999999-12-31 passed validation, then a rule's date arithmetic threw and the rest of
 * the batch was lost). Outside, the input is invalid and the field is named by its path.
 */
class InputDatesTest {
  private static final String EXIT_HEAD = "{\"participantId\":\"P\",\"assessmentDate\":\"2018-12-31\",";

  private static InvalidInputException rejected(Runnable read) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
    assertThat(e).as("rejected").isNotNull();
    return e;
  }

  @Test
  void the_far_future_end_of_the_issue_is_invalid_input_naming_the_activity() {
    InvalidInputException e = rejected(() -> PlieJson.readExitCase(EXIT_HEAD + "\"activities\":["
        + "{\"type\":\"CDD\",\"start\":\"2018-01-01\"},{\"type\":\"CDD\",\"start\":\"2018-01-01\"},"
        + "{\"type\":\"CDD\",\"start\":\"2018-01-01\",\"end\":\"+999999999-12-31\",\"weeklyHours\":35}]}"));

    assertThat(e.getMessage()).isEqualTo("activities[2].end: is outside the"
        + " accepted dates, 1900-01-01 to 2100-12-31");
  }

  @Test
  void the_far_past_start_of_the_issue_is_invalid_input_naming_the_activity() {
    InvalidInputException e = rejected(() -> PlieJson.readExitCase(EXIT_HEAD
        + "\"activities\":[{\"type\":\"INTERIM\",\"start\":\"-999999999-01-01\",\"end\":\"2018-06-30\"}]}"));

    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("activities[0].start");
  }

  @ParameterizedTest(name = "{0}: {1} → accepted {2}")
  @CsvSource({
      "assessmentDate, 1899-12-31, false", "assessmentDate, 1900-01-01, true",
      "assessmentDate, 2100-12-31, true", "assessmentDate, 2101-01-01, false",
      "birthDate, 1899-12-31, false", "birthDate, 1900-01-01, true",
      "lastProfessionalActivityEnd, 1899-12-31, false",
      "lastProfessionalActivityEnd, 1900-01-01, true"
  })
  void entry_application_dates_are_bounded_day_before_day_day_after(String field, LocalDate date,
      boolean accepted) {
    String assessment = field.equals("assessmentDate") ? date.toString() : "2018-03-01";
    String json = "{\"participantId\":\"P\",\"assessmentDate\":\"" + assessment + "\""
        + (field.equals("assessmentDate") ? "" : ",\"" + field + "\":\"" + date + "\"") + "}";
    if (accepted) {
      EntryApplication a = PlieJson.readEntryApplication(json);
      assertThat(PlieJson.toTree(a).get(field).asText()).isEqualTo(date.toString());
    } else {
      assertThat(rejected(() -> PlieJson.readEntryApplication(json)).problems())
          .extracting(InputProblem::field).containsExactly(field);
    }
  }

  @ParameterizedTest(name = "{0}: {1} → accepted {2}")
  @CsvSource({
      "assessmentDate, 2101-01-01, false", "assessmentDate, 2100-12-31, true",
      "birthDate, 1899-12-31, false", "birthDate, 1900-01-01, true",
      "commissionDecisionDate, 1899-12-31, false", "commissionDecisionDate, 1900-01-01, true",
      "activities[0].start, 1899-12-31, false", "activities[0].start, 1900-01-01, true",
      "activities[0].end, 2100-12-31, true", "activities[0].end, 2101-01-01, false"
  })
  void exit_case_dates_are_bounded_day_before_day_day_after(String field, LocalDate date,
      boolean accepted) {
    ImmutableExitCase.Builder c = ExitCase.builder().participantId("P")
        .assessmentDate(field.equals("assessmentDate") ? date : LocalDate.of(2100, 12, 31));
    ImmutableActivity.Builder a = Activity.builder().type(ActivityType.CDD)
        .start(field.equals("activities[0].start") ? date : LocalDate.of(1900, 1, 1));
    switch (field) {
      case "birthDate" -> c.birthDate(date);
      case "commissionDecisionDate" -> c.commissionDecision(CommissionDecision.VALIDATED)
          .commissionDecisionDate(date);
      case "activities[0].end" -> a.end(date);
      default -> { }
    }
    // Written by hand, so that the builders' own checks do not stop the JSON from being made.
    String json = "{\"participantId\":\"P\",\"assessmentDate\":\""
        + (field.equals("assessmentDate") ? date : "2100-12-31") + "\""
        + (field.equals("birthDate") ? ",\"birthDate\":\"" + date + "\"" : "")
        + (field.equals("commissionDecisionDate") ? ",\"commissionDecision\":\"VALIDATED\","
            + "\"commissionDecisionDate\":\"" + date + "\"" : "")
        + ",\"activities\":[{\"type\":\"CDD\",\"start\":\""
        + (field.equals("activities[0].start") ? date : "1900-01-01") + "\""
        + (field.equals("activities[0].end") ? ",\"end\":\"" + date + "\"" : "") + "}]}";
    if (accepted) {
      assertThat(PlieJson.readExitCase(json)).isEqualTo(c.addActivities(a.build()).build());
    } else {
      assertThat(rejected(() -> PlieJson.readExitCase(json)).problems())
          .extracting(InputProblem::field).containsExactly(field);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "9999-12-31", "0001-01-01"})
  void the_builders_refuse_the_same_dates(LocalDate date) {
    assertThat(rejected(() -> Activity.builder().type(ActivityType.CDI)
        .start(LocalDate.of(2018, 1, 1)).end(date).build()).problems())
        .extracting(InputProblem::field).contains("end");
    assertThat(rejected(() -> EntryApplication.builder().participantId("P").assessmentDate(date)
        .build()).problems()).extracting(InputProblem::field).containsExactly("assessmentDate");
  }

  @Test
  void a_stored_decision_with_such_a_date_anywhere_is_refused_by_its_path() {
    String decision = storedDecision("2018-01-01").replace("\"outcome\":\"NOT_POSITIVE\"",
        "\"outcome\":\"POSITIVE\",\"positiveExitDate\":\"+999999999-12-31\"");

    assertThat(rejected(() -> PlieJson.readExitDecision(decision)).getMessage())
        .isEqualTo("positiveExitDate: is outside the accepted dates, 1900-01-01 to 2100-12-31");
    assertThat(PlieJson.readExitDecision(storedDecision("2018-01-01")).exitCase().activities())
        .hasSize(1);
  }

  @Test
  void a_stored_decision_whose_fingerprint_is_not_one_is_refused_with_a_short_echo() {
    String decision = storedDecision("2018-01-01").replace("sha256:" + "0".repeat(64),
        "sha256:" + "f".repeat(10_000_000));

    InvalidInputException e = rejected(() -> PlieJson.readExitDecision(decision));
    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("ruleSet.fingerprint");
    assertThat(e.getMessage()).hasSizeLessThan(200);
  }

  private static String storedDecision(String activityEnd) {
    return "{\"decisionId\":\"6f1d6f1e-8a55-4a51-9a3c-3b0e1c2d4e5f\","
        + "\"decidedAt\":\"2018-12-31T10:00:00Z\","
        + "\"participantId\":\"P\",\"assessmentDate\":\"2018-12-31\",\"outcome\":\"NOT_POSITIVE\","
        + "\"ruleSet\":{\"id\":\"plie-dijon\",\"version\":\"2018.1\",\"validFrom\":\"2018-01-01\","
        + "\"fingerprint\":\"sha256:" + "0".repeat(64) + "\",\"libraryVersion\":\"t\"},"
        + "\"routes\":[],\"missingFacts\":[],\"notes\":[],\"firedRules\":[],\"explanation\":\"…\","
        + "\"exitCase\":" + EXIT_HEAD + "\"activities\":[{\"type\":\"CDD\",\"start\":\"2018-01-01\","
        + "\"end\":\"" + activityEnd + "\"}]}}";
  }

  @Test
  void a_stored_decision_whose_embedded_input_has_such_a_date_is_refused_by_its_path() {
    String decision = storedDecision("+999999999-12-31");

    assertThat(rejected(() -> PlieJson.readExitDecision(decision)).problems())
        .extracting(InputProblem::field).containsExactly("exitCase.activities[0].end");
  }
}
