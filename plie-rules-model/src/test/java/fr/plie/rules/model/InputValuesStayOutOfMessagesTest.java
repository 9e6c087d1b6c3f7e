package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An input value never appears in an error message, only the field's name and the problem: the
 * messages end up in logs and batch reports, and the values may be special-category data
 * (GDPR art. 9 and 10) or identify a person. Each case carries a value a message could repeat.
 */
class InputValuesStayOutOfMessagesTest {
  private static final String ENTRY = "{\"participantId\":\"P-1\",\"assessmentDate\":\"2018-03-01\",";
  private static final String EXIT = "{\"participantId\":\"P-1\",\"assessmentDate\":\"2018-12-31\",";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      residence code       | SECRET1     | entry | "residenceInseeCode":"SECRET1"}
      birth date           | 2031-04-05  | entry | "birthDate":"2031-04-05"}
      end with neverWorked | 2011-11-11  | entry | "neverWorked":true,"lastProfessionalActivityEnd":"2011-11-11"}
      benefit code         | aah-secret  | entry | "minimaSociaux":["aah-secret"]}
      boolean as text      | SECRETYES   | entry | "healthOrDisabilityProblems":"SECRETYES"}
      impossible date      | 2018-02-30  | entry | "birthDate":"2018-02-30"}
      date as date-time    | 1975-06-02T | entry | "birthDate":"1975-06-02T10:00:00"}
      not JSON             | SECRETTOKEN | entry | "underJusticeMandate":SECRETTOKEN}
      activity type        | SECRET_TYPE | exit  | "activities":[{"type":"SECRET_TYPE","start":"2018-01-01"}]}
      end before start     | 2017-07-07  | exit  | "activities":[{"type":"CDI","start":"2018-01-01","end":"2017-07-07"}]}
      negative hours       | 12.75       | exit  | "activities":[{"type":"CDI","start":"2018-01-01","weeklyHours":-12.75}]}
      too many hours       | 900.5       | exit  | "activities":[{"type":"CDI","start":"2018-01-01","weeklyHours":900.5}]}
      commission date      | 2019-09-09  | exit  | "commissionDecisionDate":"2019-09-09"}
      hours as text        | 35h-secret  | exit  | "activities":[{"type":"CDI","start":"2018-01-01","weeklyHours":"35h-secret"}]}
      """)
  void an_input_value_is_not_repeated_in_the_message(String what, String value, String kind,
      String rest) {
    String json = ("entry".equals(kind) ? ENTRY : EXIT) + rest;
    Class<?> type = "entry".equals(kind) ? EntryApplication.class : ExitCase.class;
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.read(json, type));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.getMessage()).doesNotContain(value);
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.field()).isNotBlank();
      assertThat(p.problem()).isNotBlank().doesNotContain(value);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      decidedAt  | 2018-03-01T11:15:30+01:00
      decisionId | SECRET-ID
      """)
  void a_record_s_identity_is_not_repeated_either(String field, String value) {
    ObjectNode record = PlieJson.toTree(PlieJsonTest.decision());
    record.put(field, value);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readEntryDecision(PlieJson.write(record)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(field);
      assertThat(p.problem()).doesNotContain(value);
    });
  }
}
