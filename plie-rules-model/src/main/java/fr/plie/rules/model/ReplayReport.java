package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of replaying a recorded decision: whether re-deciding its embedded input with the
 * rule-set version it names gives the same decision, and if not, exactly where they differ.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReplayReport.class)
@JsonDeserialize(as = ImmutableReplayReport.class)
@JsonPropertyOrder({"status", "signature", "decisionId", "participantId", "ruleSetId", "ruleSetVersion", "ruleSetRevision",
    "recordedFingerprint",
    "shippedFingerprint", "recordedLibraryVersion", "libraryVersion", "summary", "differences"})
public abstract class ReplayReport {
  public static ImmutableReplayReport.Builder builder() {
    return ImmutableReplayReport.builder();
  }

  public enum Status {
    /** Same rules (same fingerprint), same decision. */
    IDENTICAL,
    /** Same rules, but the recorded decision is not what they decide now: see the differences. */
    DIFFERENT,
    /** The recorded rule set (id, version and fingerprint) is not one this library ships: not re-decided. */
    UNKNOWN_RULE_SET,
    /**
     * The record's signature does not verify with the public key given: it was changed after
     * signing (or signed by another key), so it was not re-decided.
     */
    SIGNATURE_INVALID
  }

  /** One place where the recorded and the replayed decisions differ. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableDifference.class)
  @JsonDeserialize(as = ImmutableDifference.class)
  @JsonPropertyOrder({"path", "recorded", "replayed"})
  public abstract static class Difference {
    public static ImmutableDifference.Builder builder() {
      return ImmutableDifference.builder();
    }

    /** A JSON Pointer into the decision, e.g. {@code /criteria/0/status}. */
    public abstract String path();

    /** The recorded value; null when the replayed decision has a value the recorded one lacks. */
    public abstract @Nullable JsonNode recorded();

    public abstract @Nullable JsonNode replayed();
  }

  public abstract Status status();

  /**
   * The record's signature: VALID, INVALID or UNSIGNED when a public key was given, else
   * UNSIGNED or NOT_CHECKED.
   */
  public abstract SignatureStatus signature();

  /** The recorded decision's id (absent for a decision stored before records had one). */
  public abstract @Nullable java.util.UUID decisionId();

  public abstract String participantId();

  public abstract String ruleSetId();

  public abstract String ruleSetVersion();

  /** The revision the recorded decision names (1 when it names none). */
  @Value.Default
  public int ruleSetRevision() {
    return 1;
  }

  public abstract String recordedFingerprint();

  /**
   * The fingerprint of the shipped revision that replayed it (the one whose fingerprint the
   * decision names), else of the shipped revision of that number or, failing that, of the current
   * one; null when the version is not shipped.
   */
  public abstract @Nullable String shippedFingerprint();

  public abstract String recordedLibraryVersion();

  public abstract String libraryVersion();

  /** One sentence saying what the replay found. */
  public abstract String summary();

  /**
   * Empty unless DIFFERENT. Not compared: the record's format, id, time and signature, and the
   * library version (only the rules decide). A pseudonymised record is compared with the replayed
   * decision pseudonymised the same way (docs/records.md, "Replay").
   */
  public abstract List<Difference> differences();
}
