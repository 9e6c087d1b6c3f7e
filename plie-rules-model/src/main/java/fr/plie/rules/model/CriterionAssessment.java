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
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableCriterionAssessment.Builder builder() {
    return ImmutableCriterionAssessment.builder();
  }

  /** {@return which criterion of §I.C.1 this assesses} */
  public abstract Criterion id();

  /** {@return whether the criterion is met, not met or unknown (facts missing)} */
  public abstract CriterionStatus status();

  /** {@return one sentence in French saying why, as written by the rule that decided} */
  public abstract String reason();

  /**
   * {@return the input facts the deciding rule relied on, by input field name, with their values}
   */
  public abstract Map<String, JsonNode> factsUsed();

  /** {@return for an UNKNOWN criterion, the input fields that would settle it; empty otherwise} */
  public abstract List<String> missingFacts();

  /** {@return the rules that decided this criterion (including the sub-conditions it combines)} */
  public abstract List<String> rules();

  /**
   * {@return the rows of the analysts' tables the decision relied on (« table Communes, ligne 19 :
   * Dijon (21231) »)}
   */
  public abstract List<String> tableRows();

  /** {@return the passage of the call for projects the criterion applies} */
  public abstract Citation citation();
}
