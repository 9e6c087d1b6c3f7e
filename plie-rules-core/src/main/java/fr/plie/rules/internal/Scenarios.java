package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Scenario tests that analysts write as data: a rule-set version's {@code scenarios.json} (beside
 * its manifest, not part of its fingerprint: tests are not rules) lists inputs with the decision
 * they expect. They run in the Maven build and in {@code plie-rules check}.
 *
 * <pre>{@code
 * {"scenarios": [
 *   {"name": "…", "entry": { …application… },
 *    "expect": {"outcome": "ELIGIBLE", "criteria": {"TERRITORY": "MET"}}},
 *   {"name": "…", "exit": { …exit case… },
 *    "expect": {"outcome": "POSITIVE", "positiveExitDate": "2018-06-30",
 *               "routes": {"CDD": {"status": "ACQUIRED", "date": "2018-06-30"}}}}]}
 * }</pre>
 */
public final class Scenarios {
  private Scenarios() {}

  /** One scenario as written. */
  public record Scenario(String name, String kind, JsonNode input, JsonNode expect) {}

  /** What a scenario gave: the mismatches with its expectation (none when it passes). */
  public record Outcome(Scenario scenario, ObjectNode decision, List<String> mismatches) {
    public boolean passed() {
      return mismatches.isEmpty();
    }
  }

  public static final String FILE = "scenarios.json";

  /** The scenarios of the version whose manifest is at {@code manifestPath}; none when no file. */
  public static List<Scenario> read(RuleResources resources, String manifestPath) {
    String path = RuleResources.resolve(manifestPath, FILE);
    byte[] bytes;
    try {
      bytes = resources.read(path);
    } catch (RuleResources.Missing e) {
      return List.of();
    }
    JsonNode root;
    try {
      root = PlieJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": not valid JSON (" + Manifests.why(e) + ")");
    }
    List<Scenario> out = new ArrayList<>();
    JsonNode list = root.path("scenarios");
    for (int i = 0; i < list.size(); i++) {
      JsonNode s = list.get(i);
      String kind = s.has("entry") ? "entry" : s.has("exit") ? "exit" : null;
      if (kind == null || !s.hasNonNull("name") || !s.has("expect")) {
        throw new IllegalArgumentException(path + ", scenarios[" + i + "]: needs \"name\", \"expect\""
            + " and an \"entry\" application or an \"exit\" case");
      }
      out.add(new Scenario(s.get("name").asText(), kind, s.get(kind), s.get("expect")));
    }
    return out;
  }

  /**
   * Decides each scenario with {@code decide} (kind, input) and compares with its expectation.
   * An input the rules reject is a mismatch, not a crash.
   */
  public static List<Outcome> run(List<Scenario> scenarios,
      BiFunction<String, JsonNode, Object> decide) {
    List<Outcome> out = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      try {
        ObjectNode decision = PlieJson.toTree(decide.apply(scenario.kind(), scenario.input()));
        out.add(new Outcome(scenario, decision, compare(scenario.expect(), decision)));
      } catch (InvalidInputException e) {
        out.add(new Outcome(scenario, null, List.of("entrée invalide : " + e.getMessage())));
      }
    }
    return out;
  }

  /** The expectation's fields that the decision does not match, as readable lines. */
  static List<String> compare(JsonNode expect, ObjectNode decision) {
    List<String> mismatches = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = expect.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      switch (field.getKey()) {
        case "criteria" -> items(decision.path("criteria"), "id", field.getValue(), "critère",
            mismatches);
        case "routes" -> items(decision.path("routes"), "route", field.getValue(), "voie",
            mismatches);
        default -> {
          JsonNode actual = decision.get(field.getKey());
          if (!field.getValue().equals(actual)) {
            mismatches.add(Texts.echo(field.getKey()) + " : attendu "
                + Texts.echo(String.valueOf(field.getValue())) + ", obtenu " + actual);
          }
        }
      }
    }
    return mismatches;
  }

  /** criteria / routes: by id, either a status string or an object of fields to match. */
  private static void items(JsonNode actualItems, String idField, JsonNode expected, String what,
      List<String> mismatches) {
    Iterator<Map.Entry<String, JsonNode>> items = expected.fields();
    while (items.hasNext()) {
      Map.Entry<String, JsonNode> item = items.next();
      JsonNode actual = null;
      for (JsonNode candidate : actualItems) {
        if (item.getKey().equals(candidate.path(idField).asText())) {
          actual = candidate;
        }
      }
      if (actual == null) {
        mismatches.add(what + " " + item.getKey() + " : absent de la décision");
        continue;
      }
      if (item.getValue().isTextual()) {
        if (!item.getValue().asText().equals(actual.path("status").asText())) {
          mismatches.add(what + " " + Texts.echo(item.getKey()) + " : attendu "
              + Texts.echo(item.getValue().asText())
              + ", obtenu " + actual.path("status").asText());
        }
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> expectedFields = item.getValue().fields();
      while (expectedFields.hasNext()) {
        Map.Entry<String, JsonNode> f = expectedFields.next();
        JsonNode value = actual.get(f.getKey());
        if (!f.getValue().equals(value)) {
          mismatches.add(what + " " + item.getKey() + "." + f.getKey() + ": expected "
              + Texts.echo(String.valueOf(f.getValue())) + ", got " + value);
        }
      }
    }
  }
}
