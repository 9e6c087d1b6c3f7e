package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExitCaseJsonTest {
  private static InvalidInputException invalid(String json) {
    return (InvalidInputException) assertThatThrownBy(() -> PlieJson.readExitCase(json))
        .isInstanceOf(InvalidInputException.class).actual();
  }

  @Test
  void reads_the_contract_fields() {
    ExitCase c = PlieJson.readExitCase("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "birthDate": "1960-01-01",
         "commissionDecision": "VALIDATED", "commissionDecisionDate": "2018-12-01",
         "activities": [{"type": "CDD", "start": "2018-01-01", "end": "2018-06-30",
           "weeklyHours": 17.5, "participantAgreedToFewerHours": false, "employer": "X"}]}""");
    assertThat(c.commissionDecision()).isEqualTo(CommissionDecision.VALIDATED);
    Activity a = c.activities().get(0);
    assertThat(a.type()).isEqualTo(ActivityType.CDD);
    assertThat(a.weeklyHours()).isEqualByComparingTo("17.5");
    assertThat(a.end()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(PlieJson.readExitCase(PlieJson.write(c))).isEqualTo(c);
  }

  @Test
  void hours_are_exact_decimals_without_trailing_zeros() {
    ExitCase c = PlieJson.readExitCase("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "CDD", "start": "2018-01-01", "weeklyHours": 17.4},
          {"type": "CDD", "start": "2018-01-01", "weeklyHours": 30}]}""");
    assertThat(c.activities().get(0).weeklyHours()).isEqualTo(new BigDecimal("17.4"));
    assertThat(c.activities().get(1).weeklyHours()).isEqualTo(new BigDecimal("30"));
    Activity built = Activity.builder().type(ActivityType.CDD).start(LocalDate.of(2018, 1, 1))
        .weeklyHours(new BigDecimal("17.50")).build();
    assertThat(built.weeklyHours()).isEqualTo(new BigDecimal("17.5"));
    assertThat(PlieJson.write(built)).contains("17.5").doesNotContain("17.50");
  }

  @Test
  void an_end_before_the_start_is_named_by_its_path() {
    InvalidInputException e = invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "CDI", "start": "2018-01-01"}, {"type": "CDD", "start": "2018-01-01"},
          {"type": "INTERIM", "start": "2018-03-01", "end": "2018-01-01"}]}""");
    assertThat(e.getMessage()).isEqualTo("activities[2].end: is before start");
  }

  @Test
  void negative_hours_are_invalid() {
    InvalidInputException e = invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "CDD", "start": "2018-01-01", "weeklyHours": -3}]}""");
    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("activities[0].weeklyHours");
  }

  @Test
  void an_unknown_activity_type_is_invalid() {
    InvalidInputException e = invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "STAGE", "start": "2018-01-01"}]}""");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("activities[0].type");
      assertThat(p.problem()).doesNotContain("STAGE").contains("CHANTIER_INSERTION");
    });
  }

  @Test
  void an_unknown_commission_decision_or_a_missing_start_is_invalid() {
    assertThat(invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "commissionDecision": "MAYBE"}""")
        .problems()).extracting(InputProblem::field).containsExactly("commissionDecision");
    assertThat(invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [{"type": "CDI"}]}""")
        .getMessage()).contains("activities[0]").contains("start");
  }

  @Test
  void a_null_activity_is_named_by_its_index() {
    assertThat(invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "CDI", "start": "2018-01-01"}, null]}""").getMessage())
        .isEqualTo("activities[1]: must not be null");
  }

  @Test
  void no_silent_coercion_of_the_agreement() {
    assertThat(invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "activities": [
          {"type": "CDD", "start": "2018-01-01", "participantAgreedToFewerHours": "yes"}]}""")
        .problems()).extracting(InputProblem::field)
        .containsExactly("activities[0].participantAgreedToFewerHours");
  }

  @Test
  void a_commission_date_needs_a_decision_and_cannot_be_in_the_future() {
    InvalidInputException e = invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "commissionDecisionDate": "2019-01-15"}""");
    assertThat(e.problems()).extracting(InputProblem::field)
        .containsExactly("commissionDecisionDate", "commissionDecisionDate");
  }

  @Test
  void the_pathway_start_is_read_strictly_and_round_trips() {
    ExitCase c = PlieJson.readExitCase("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "pathwayStartDate": "2018-03-01",
         "activities": []}""");
    assertThat(c.pathwayStartDate()).isEqualTo(LocalDate.of(2018, 3, 1));
    assertThat(PlieJson.write(c)).contains("\"pathwayStartDate\" : \"2018-03-01\"");
    assertThat(PlieJson.readExitCase(PlieJson.write(c))).isEqualTo(c);
    assertThat(PlieJson.write(ExitCase.builder().from(c).pathwayStartDate(null).build()))
        .doesNotContain("pathwayStartDate");
    assertThat(invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "pathwayStartDate": "2018-02-30"}""")
        .problems()).extracting(InputProblem::field).containsExactly("pathwayStartDate");
  }

  @Test
  void a_pathway_start_after_the_assessment_date_is_invalid_and_named() {
    // The day itself is allowed (an exit assessed on the day of entry); the day after is not.
    assertThat(PlieJson.readExitCase("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "pathwayStartDate": "2018-12-31"}""")
        .pathwayStartDate()).isEqualTo(LocalDate.of(2018, 12, 31));
    InvalidInputException e = invalid("""
        {"participantId": "P1", "assessmentDate": "2018-12-31", "pathwayStartDate": "2019-01-01"}""");
    assertThat(e.getMessage()).isEqualTo("pathwayStartDate: is after the assessment date");
    assertThatThrownBy(() -> ExitCase.builder().participantId("P1")
        .assessmentDate(LocalDate.of(2018, 12, 31)).pathwayStartDate(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("pathwayStartDate");
  }

  @Test
  void the_builder_checks_too() {
    assertThatThrownBy(() -> Activity.builder().type(ActivityType.CDI)
        .start(LocalDate.of(2018, 3, 1)).end(LocalDate.of(2018, 1, 1)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("end: is before start");
    assertThatThrownBy(() -> Activity.builder().type(ActivityType.CDI)
        .start(LocalDate.of(2018, 3, 1)).weeklyHours(new BigDecimal("169")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weeklyHours");
  }
}
