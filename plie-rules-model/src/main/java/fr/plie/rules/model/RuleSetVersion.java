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
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableRuleSetVersion.Builder builder() {
    return ImmutableRuleSetVersion.builder();
  }

  /** {@return the rule set's id, e.g. {@code plie-dijon}} */
  public abstract String id();

  /** {@return the version, e.g. {@code 2018.1}} */
  public abstract String version();

  /** {@return the revision: 1 for a version as first released, 2, 3… for its corrections} */
  public abstract int revision();

  /** {@return whether this revision decides new cases (the highest revision of its version)} */
  public abstract boolean current();

  /** {@return the first day the version is in force} */
  public abstract LocalDate validFrom();

  /**
   * {@return the last day (inclusive) the version is in force: the day before the next version;
   * absent for the latest}
   */
  public abstract @Nullable LocalDate validTo();

  /** {@return the fingerprint of the revision's files, as decisions record it} */
  public abstract String fingerprint();

  /** {@return what the version is, in the words of its manifest (empty when it has none)} */
  public abstract String description();
}
