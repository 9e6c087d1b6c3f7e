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
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The longest id, version or library version. */
  private static final int MAX_NAME_LENGTH = 200;
}
