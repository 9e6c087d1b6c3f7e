package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the strict reader describe the same contract: the same field
 * names, the same required fields.
 */
class JsonSchemaContractTest {

  static JsonNode schema(String name) throws IOException {
    try (InputStream in = PlieJson.class.getResourceAsStream("schemas/" + name)) {
      return PlieJson.mapper().readTree(in);
    }
  }

  @Test
  void entry_application_schema_lists_exactly_the_fields_the_reader_accepts() throws IOException {
    JsonNode schema = schema("entry-application.schema.json");
    List<String> schemaFields = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);

    EntryApplication everything = EntryApplication.builder()
        .participantId("X").assessmentDate(LocalDate.of(2018, 1, 1)).birthDate(LocalDate.of(1980, 1, 1))
        .residenceInseeCode("21231").workAuthorization(true).wantsIntegratedPathway(true)
        .insufficientQualification(true).lacksBasicSkills(true).neverWorked(false)
        .lastProfessionalActivityEnd(LocalDate.of(2016, 1, 1)).registeredWithPoleEmploi(true)
        .minimaSociaux(List.of("RSA")).socioProfessionalOrientation(true).complexFamilySituation(true)
        .mobilityProblems(true).housingProblems(true).healthOrDisabilityProblems(true)
        .followedByCapEmploi(true).underJusticeMandate(true)
        .build();
    ObjectNode written = PlieJson.toTree(everything);
    List<String> writtenFields = new ArrayList<>();
    written.fieldNames().forEachRemaining(writtenFields::add);

    assertThat(schemaFields).containsExactlyElementsOf(writtenFields);
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("participantId", "assessmentDate");
  }

  @Test
  void exit_case_schema_lists_exactly_the_fields_the_reader_accepts() throws IOException {
    JsonNode schema = schema("exit-case.schema.json");
    ExitCase everything = ExitCase.builder()
        .participantId("X").assessmentDate(LocalDate.of(2018, 12, 31))
        .pathwayStartDate(LocalDate.of(2018, 1, 1))
        .birthDate(LocalDate.of(1960, 1, 1)).commissionDecision(CommissionDecision.VALIDATED)
        .commissionDecisionDate(LocalDate.of(2018, 12, 1))
        .addActivities(Activity.builder().type(ActivityType.CDD).start(LocalDate.of(2018, 1, 1))
            .end(LocalDate.of(2018, 6, 30)).weeklyHours(new java.math.BigDecimal("20"))
            .participantAgreedToFewerHours(true).employer("E").build())
        .build();
    ObjectNode written = PlieJson.toTree(everything);
    List<String> caseFields = new ArrayList<>();
    written.fieldNames().forEachRemaining(caseFields::add);
    List<String> schemaFields = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
    assertThat(schemaFields).containsExactlyElementsOf(caseFields);

    List<String> activityFields = new ArrayList<>();
    written.get("activities").get(0).fieldNames().forEachRemaining(activityFields::add);
    List<String> schemaActivityFields = new ArrayList<>();
    schema.at("/properties/activities/items/properties").fieldNames()
        .forEachRemaining(schemaActivityFields::add);
    assertThat(schemaActivityFields).containsExactlyElementsOf(activityFields);

    List<String> types = new ArrayList<>();
    schema.at("/properties/activities/items/properties/type/enum")
        .forEach(t -> types.add(t.asText()));
    assertThat(types).containsExactlyElementsOf(
        java.util.Arrays.stream(ActivityType.values()).map(Enum::name).toList());
  }

  @Test
  void the_schema_lists_exactly_the_benefit_codes_of_the_minima_sociaux_table() throws IOException {
    List<String> codes = new ArrayList<>();
    schema("entry-application.schema.json").at("/properties/minimaSociaux/items/enum")
        .forEach(c -> codes.add(c.asText()));

    assertThat(codes).containsExactlyElementsOf(
        MinimaSociaux.all().stream().map(MinimaSociaux.Benefit::code).toList());
  }

  @Test
  void the_schema_states_the_reader_s_bounds_on_activities_and_hours() throws IOException {
    JsonNode schema = schema("exit-case.schema.json");
    assertThat(schema.at("/properties/activities/maxItems").asInt())
        .isEqualTo(InputLimits.MAX_ACTIVITIES);
    JsonNode hours = schema.at("/properties/activities/items/properties/weeklyHours");
    assertThat(hours.get("exclusiveMinimum").decimalValue()).isZero();
    assertThat(hours.get("maximum").decimalValue()).isEqualByComparingTo(InputLimits.MAX_WEEKLY_HOURS);
    for (String name : List.of("entry-application.schema.json", "exit-case.schema.json")) {
      assertThat(schema(name).get("description").asText())
          .contains(InputLimits.EARLIEST_DATE + " and " + InputLimits.LATEST_DATE);
    }
  }
}
