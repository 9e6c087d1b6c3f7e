package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One rule the engine fired, as reported by the engine's own events, in firing order: its name,
 * the rule file it comes from and the section of the call for projects it cites.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFiredRule.class)
@JsonDeserialize(as = ImmutableFiredRule.class)
@JsonPropertyOrder({"name", "file", "section"})
public abstract class FiredRule {
  public static ImmutableFiredRule.Builder builder() {
    return ImmutableFiredRule.builder();
  }

  public abstract String name();

  /** The rule file (resource name inside the rule set), e.g. {@code entry/territory.drl}. */
  public abstract String file();

  /** The section cited by the rule's {@code @section} metadata. */
  public abstract String section();
}
