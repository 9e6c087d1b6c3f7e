package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * « bénéficiaires de minimas sociaux » (§I.C.1): the codes are a closed list kept in a table
 * (issue 9, item 6: {@code ["NONE"]} or {@code ["XX"]} counted as a minimum social benefit).
 */
class MinimaSociauxTest {
  private static String application(String date, String benefits) {
    return "{\"participantId\":\"P\",\"assessmentDate\":\"" + date + "\",\"minimaSociaux\":"
        + benefits + ",\"socioProfessionalOrientation\":true}";
  }

  private static InvalidInputException rejected(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlieJson.readEntryApplication(json));
    assertThat(e).as("rejected").isNotNull();
    return e;
  }

  @Test
  void the_table_holds_the_ten_minima_sociaux_each_with_a_label_and_a_legal_reference() {
    assertThat(MinimaSociaux.all()).extracting(MinimaSociaux.Benefit::code)
        .containsExactly("RSA", "ASS", "AAH", "ASI", "ASPA", "AV", "ADA", "ATA", "AER-R", "RSO");
    assertThat(MinimaSociaux.all()).allSatisfy(b -> {
      assertThat(b.label()).isNotBlank();
      assertThat(b.reference()).containsAnyOf("Code ", "code ");
    });
    assertThat(MinimaSociaux.byCode("RSA")).get()
        .extracting(MinimaSociaux.Benefit::validFrom).isEqualTo(LocalDate.of(2009, 6, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NONE", "XX", "rsa", "RMI", "R\u001bSA"})
  void a_code_not_in_the_table_is_invalid_input_naming_its_position(String code) {
    InvalidInputException e = rejected(application("2018-03-01",
        "[\"RSA\"," + PlieJson.mapper().getNodeFactory().textNode(code) + "]"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("minimaSociaux[1]");
      assertThat(p.problem()).contains("is not a minimum social benefit code")
          .contains("RSA, ASS, AAH").contains("[] means none").doesNotContain("\u001b");
    });
  }

  @Test
  void every_code_of_the_table_is_accepted_on_a_2018_assessment() {
    for (MinimaSociaux.Benefit b : MinimaSociaux.all()) {
      assertThat(PlieJson.readEntryApplication(application("2018-03-01", "[\"" + b.code() + "\"]"))
          .minimaSociaux()).containsExactly(b.code());
    }
  }

  @Test
  void a_benefit_is_refused_before_it_existed_day_before_day_day_after() {
    assertThat(rejected(application("2009-05-31", "[\"RSA\"]")).getMessage())
        .isEqualTo("minimaSociaux[0]: could not be held on the assessment date: this benefit is"
            + " paid from 2009-06-01 only");
    assertThat(PlieJson.readEntryApplication(application("2009-06-01", "[\"RSA\"]")).minimaSociaux())
        .containsExactly("RSA");
    assertThat(PlieJson.readEntryApplication(application("2009-06-02", "[\"RSA\"]")).minimaSociaux())
        .containsExactly("RSA");
  }

  @Test
  void a_list_longer_than_the_table_is_one_problem_not_one_per_code() {
    String codes = "[" + String.join(",", java.util.Collections.nCopies(100_000, "\"XX\"")) + "]";
    InvalidInputException e = rejected(application("2018-03-01", codes));
    assertThat(e.getMessage())
        .isEqualTo("minimaSociaux: 100000 codes: there are only 10 minimum social benefits");
  }

  @Test
  void the_builder_checks_the_codes_too() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> EntryApplication.builder().participantId("P").assessmentDate(LocalDate.of(2018, 3, 1))
            .minimaSociaux(List.of("NONE")).build());
    assertThat(e.problems()).extracting(InputProblem::field).containsExactly("minimaSociaux[0]");
  }
}
