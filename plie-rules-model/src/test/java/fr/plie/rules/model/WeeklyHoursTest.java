package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hours are read exactly from the text and bounded (issue 9, item 5: 17.49999999999999999999 went
 * through a double, became 17.5 and made a CDD count; 1e-999 became 0; 1e999 gave a parser
 * message; item 6: a CDI of 0 hours a week with agreement was a positive exit).
 */
class WeeklyHoursTest {
  private static String caseWithHours(String hours) {
    return "{\"participantId\":\"P\",\"assessmentDate\":\"2018-12-31\",\"activities\":["
        + "{\"type\":\"CDI\",\"start\":\"2018-01-01\",\"weeklyHours\":" + hours
        + ",\"participantAgreedToFewerHours\":true}]}";
  }

  private static InputProblem problem(String hours) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readExitCase(caseWithHours(hours)));
    assertThat(e).as(hours + " rejected").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void hours_just_below_the_half_time_stay_below_it_and_are_stored_as_written() {
    ExitCase c = PlieJson.readExitCase(caseWithHours("17.49999999999999999999"));

    BigDecimal hours = c.activities().get(0).weeklyHours();
    assertThat(hours).isEqualTo(new BigDecimal("17.49999999999999999999"));
    assertThat(hours).isLessThan(new BigDecimal("17.5"));
    assertThat(PlieJson.write(c)).contains("17.49999999999999999999");
    assertThat(PlieJson.readExitCase(PlieJson.writeLine(c))).isEqualTo(c);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e-999 | has more than 20 decimal places",
      "1e999 | is more than the 168 hours of a week",
      "1e999999999 | is more than the 168 hours of a week",
      "-3 | is negative",
      "-0.5 | is negative",
      "168.01 | is more than the 168 hours of a week",
      "0 | 0 hours a week is no working time (leave weeklyHours out when it is unknown)",
      "0.0 | 0 hours a week is no working time (leave weeklyHours out when it is unknown)",
      "0.000000000000000000001 | has more than 20 decimal places"
  })
  void out_of_range_hours_are_invalid_input_naming_the_field(String hours, String message) {
    InputProblem p = problem(hours);
    assertThat(p.field()).isEqualTo("activities[0].weeklyHours");
    assertThat(p.problem()).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"168", "0.01", "0.00000000000000000001", "35", "1E2"})
  void hours_within_the_bounds_are_read(String hours) {
    assertThat(PlieJson.readExitCase(caseWithHours(hours)).activities().get(0).weeklyHours())
        .isEqualByComparingTo(new BigDecimal(hours));
  }

  @Test
  void a_number_of_more_than_100_characters_is_refused_in_words() {
    InputProblem p = problem("1" + "0".repeat(100));
    assertThat(p.field()).isEqualTo("(document)");
    assertThat(p.problem()).isEqualTo("holds a number longer than 100 characters")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void the_builder_refuses_a_contract_of_0_hours() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Activity.builder().type(ActivityType.CDI).start(LocalDate.of(2018, 1, 1))
            .weeklyHours(BigDecimal.ZERO).participantAgreedToFewerHours(true).build());
    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("weeklyHours");
  }

  @Test
  void a_decimal_for_a_text_field_is_not_turned_into_text() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readExitCase("{\"participantId\":12.5,\"assessmentDate\":\"2018-12-31\"}"));
    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("participantId");
  }
}
