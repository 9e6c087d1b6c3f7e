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
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableFiredRule.Builder builder() {
    return ImmutableFiredRule.builder();
  }

  /**
   * {@return the rule's name as its file declares it (for a table row, the generated rule of that
   * row)}
   */
  public abstract String name();

  /**
   * The file that declares the rule, relative to the rule-set root, e.g. {@code
   * plie-dijon/2018.1/entry/territory.drl}; for a row of a decision table, the table ({@code
   * plie-dijon/2018.1/tables/communes.drl.xlsx}).
   *
   * @return that file
   */
  public abstract String file();

  /**
   * {@return the section cited by the rule's {@code @section} metadata; for a table row, its «
   * Référence »}
   */
  public abstract String section();
}
