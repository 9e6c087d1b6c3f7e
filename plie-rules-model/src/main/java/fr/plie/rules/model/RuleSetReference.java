package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Which rules took a decision: the rule set's id, version and revision, the day it came into force,
 * the SHA-256 fingerprint of the exact resources loaded, and the library version that ran them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSetReference.class)
@JsonDeserialize(as = ImmutableRuleSetReference.class)
@JsonPropertyOrder({"id", "version", "revision", "validFrom", "fingerprint", "libraryVersion"})
public abstract class RuleSetReference {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableRuleSetReference.Builder builder() {
    return ImmutableRuleSetReference.builder();
  }

  /** {@return the rule set's id, e.g. {@code plie-dijon}} */
  public abstract String id();

  /** {@return the version, e.g. {@code 2018.1}} */
  public abstract String version();

  /**
   * Which revision of the version decided: a released version is corrected by shipping it again as
   * revision 2, 3… (same period, new fingerprint), the superseded revisions staying for replay.
   * Revision 1 is left out of the JSON, so that decisions recorded before revisions existed read
   * (and replay) unchanged.
   *
   * @return the revision, from 1
   */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FirstRevision.class)
  public int revision() {
    return 1;
  }

  /** {@return the first day the version is in force} */
  public abstract LocalDate validFrom();

  /**
   * {@return the fingerprint of the exact rule-set files that decided: {@code sha256:} followed by
   * 64 hexadecimal digits}
   */
  public abstract String fingerprint();

  /**
   * {@return the library build that ran the rules: version and git revision (e.g. {@code
   * 0.1.0-SNAPSHOT+git.1a2b3c4})}
   */
  public abstract String libraryVersion();

  private static final java.util.regex.Pattern FINGERPRINT =
      java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}");

  /**
   * A stored decision is untrusted: its fingerprint must have the fingerprint's form, so that a
   * replay report never echoes a value of any length, and names stay short.
   */
  @Value.Check
  protected void check() {
    java.util.List<InputProblem> problems = new java.util.ArrayList<>();
    if (!FINGERPRINT.matcher(fingerprint()).matches()) {
      problems.add(new InputProblem("fingerprint", "'" + SafeText.echo(fingerprint())
          + "' is not a fingerprint (sha256: and 64 lower-case hexadecimal digits)"));
    }
    for (String[] name : new String[][] {{"id", id()}, {"version", version()},
        {"libraryVersion", libraryVersion()}}) {
      if (name[1].isBlank() || name[1].length() > MAX_NAME_LENGTH) {
        problems.add(new InputProblem(name[0], "'" + SafeText.echo(name[1]) + "' must have 1 to "
            + MAX_NAME_LENGTH + " characters"));
      }
    }
    if (revision() < 1) {
      problems.add(new InputProblem("revision", "is not a revision (1 or more)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The longest id, version or library version. */
  private static final int MAX_NAME_LENGTH = 200;

  /** Jackson's filter for {@link #revision()}: true (left out) for revision 1. */
  static final class FirstRevision {
    @Override
    public boolean equals(Object value) {
      return Integer.valueOf(1).equals(value);
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }
}
