package fr.plie.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks decision records against the JSON Schemas this library publishes
 * ({@code fr/plie/rules/model/schemas/}), with networknt's validator (formats asserted: a date
 * must be a date). Shared with the other modules' tests through the test-jar: every helper that
 * returns a decision to a test passes it through {@link #valid}.
 */
public final class RecordSchemas {
  private static final String BASE = "https://plie.fr/schemas/plie-rules/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:fr/plie/rules/model/schemas/"))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema ENTRY = REGISTRY.getSchema(
      SchemaLocation.of(BASE + "entry-decision.schema.json"));
  private static final Schema EXIT = REGISTRY.getSchema(
      SchemaLocation.of(BASE + "exit-decision.schema.json"));

  private RecordSchemas() {}

  /** The schema problems of a record's JSON text (an entry decision embeds its "application"). */
  public static List<String> problems(String json) {
    JsonNode tree = readTree(json);
    Schema schema = tree.has("exitCase") ? EXIT : ENTRY;
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** Fails, listing every problem and the record, when the decision does not match its schema. */
  public static void assertValid(Object decision) {
    assertValidJson(PlieJson.write(decision));
  }

  /** Same, for a record's JSON text (e.g. a line printed by the command line). */
  public static void assertValidJson(String json) {
    List<String> problems = problems(json);
    if (!problems.isEmpty()) {
      throw new AssertionError("the decision record does not match its JSON Schema:\n  "
          + String.join("\n  ", problems) + "\n" + json);
    }
  }

  /** The decision, once checked against its schema. */
  public static <D> D valid(D decision) {
    assertValid(decision);
    return decision;
  }

  private static JsonNode readTree(String json) {
    try {
      return PlieJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage());
    }
  }
}
