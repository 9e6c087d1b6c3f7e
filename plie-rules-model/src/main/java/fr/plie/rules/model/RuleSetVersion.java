package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A rule-set version as the registry lists it: in force from {@code validFrom} until the day
 * before the next version of the same rule set comes into force ({@code validTo}, inclusive; null
 * for the current version).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSetVersion.class)
@JsonDeserialize(as = ImmutableRuleSetVersion.class)
@JsonPropertyOrder({"id", "version", "validFrom", "validTo", "fingerprint", "description"})
public abstract class RuleSetVersion {
  public static ImmutableRuleSetVersion.Builder builder() {
    return ImmutableRuleSetVersion.builder();
  }

  public abstract String id();

  public abstract String version();

  public abstract LocalDate validFrom();

  public abstract @Nullable LocalDate validTo();

  public abstract String fingerprint();

  public abstract String description();
}
