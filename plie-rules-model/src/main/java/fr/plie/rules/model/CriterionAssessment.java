package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** How one entry criterion was assessed, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionAssessment.class)
@JsonDeserialize(as = ImmutableCriterionAssessment.class)
@JsonPropertyOrder({"id", "status", "reason", "factsUsed", "missingFacts", "rules", "tableRows",
    "citation"})
public abstract class CriterionAssessment {
  public static ImmutableCriterionAssessment.Builder builder() {
    return ImmutableCriterionAssessment.builder();
  }

  public abstract Criterion id();

  public abstract CriterionStatus status();

  /** One sentence in French saying why, as written by the rule that decided. */
  public abstract String reason();

  /** The input facts the deciding rule relied on, by input field name, with their values. */
  public abstract Map<String, JsonNode> factsUsed();

  /** For an UNKNOWN criterion: the input fields that would settle it. */
  public abstract List<String> missingFacts();

  /** The rules that decided this criterion (including the sub-conditions it combines). */
  public abstract List<String> rules();

  /** The rows of the analysts' tables the decision relied on (« table Communes, ligne 19 : Dijon (21231) »). */
  public abstract List<String> tableRows();

  public abstract Citation citation();
}
