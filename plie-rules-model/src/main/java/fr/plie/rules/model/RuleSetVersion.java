package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A rule-set version as the registry lists it, one entry per revision: in force from
 * {@code validFrom} until the day before the next version of the same rule set comes into force
 * ({@code validTo}, inclusive; null for the latest version). Of the revisions of one version, the
 * highest is {@code current} and decides every new case; a superseded revision is kept to replay
 * the decisions it took.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSetVersion.class)
@JsonDeserialize(as = ImmutableRuleSetVersion.class)
@JsonPropertyOrder({"id", "version", "revision", "current", "validFrom", "validTo", "fingerprint",
    "description"})
public abstract class RuleSetVersion {
  public static ImmutableRuleSetVersion.Builder builder() {
    return ImmutableRuleSetVersion.builder();
  }

  public abstract String id();

  public abstract String version();

  /** 1 for a version as first released, 2, 3… for its corrections. */
  public abstract int revision();

  /** Whether this revision decides new cases (the highest revision of its version). */
  public abstract boolean current();

  public abstract LocalDate validFrom();

  public abstract @Nullable LocalDate validTo();

  public abstract String fingerprint();

  public abstract String description();
}
