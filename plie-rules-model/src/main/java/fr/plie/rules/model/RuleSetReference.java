package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Which rules took a decision: the rule set's id and version, the day it came into force, the
 * SHA-256 fingerprint of the exact resources loaded, and the library version that ran them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSetReference.class)
@JsonDeserialize(as = ImmutableRuleSetReference.class)
@JsonPropertyOrder({"id", "version", "validFrom", "fingerprint", "libraryVersion"})
public abstract class RuleSetReference {
  public static ImmutableRuleSetReference.Builder builder() {
    return ImmutableRuleSetReference.builder();
  }

  /** E.g. {@code plie-dijon}. */
  public abstract String id();

  /** E.g. {@code 2018.1}. */
  public abstract String version();

  /** First day the version is in force. */
  public abstract LocalDate validFrom();

  /** {@code sha256:} followed by 64 hexadecimal digits. */
  public abstract String fingerprint();

  public abstract String libraryVersion();
}
