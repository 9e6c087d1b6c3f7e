package fr.plie.rules.api;

import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Batch} gives for one input, in the input's place: its decision, or why it was not
 * decided. Every input yields exactly one result.
 *
 * <p>A problem names the record, the field and what is wrong, never the field's value (see
 * {@code docs/security.md}). Immutable.
 */
public final class BatchResult {
  /** What became of an input. */
  public enum Status {
    /** Decided: {@link #decision()} holds the decision. */
    DECIDED,
    /** Not decided, the input being invalid: {@link #problems()} names the fields at fault. */
    INVALID_INPUT,
    /** Not decided, the library failing on it: {@link #internalError()} says how. */
    INTERNAL_ERROR
  }

  private final long recordNumber;
  private final @Nullable String source;
  private final Status status;
  private final @Nullable DecisionRecord decision;
  private final List<InputProblem> problems;
  private final @Nullable String internalError;

  private BatchResult(long recordNumber, @Nullable String source, Status status,
      @Nullable DecisionRecord decision, List<InputProblem> problems,
      @Nullable String internalError) {
    this.recordNumber = recordNumber;
    this.source = source;
    this.status = status;
    this.decision = decision;
    this.problems = List.copyOf(problems);
    this.internalError = internalError;
  }

  static BatchResult decided(long recordNumber, @Nullable String source, DecisionRecord decision) {
    return new BatchResult(recordNumber, source, Status.DECIDED,
        Objects.requireNonNull(decision), List.of(), null);
  }

  static BatchResult invalid(long recordNumber, @Nullable String source,
      List<InputProblem> problems) {
    return new BatchResult(recordNumber, source, Status.INVALID_INPUT, null, problems, null);
  }

  static BatchResult failed(long recordNumber, @Nullable String source, String internalError) {
    return new BatchResult(recordNumber, source, Status.INTERNAL_ERROR, null, List.of(),
        internalError);
  }

  /** {@return the input's position in the batch, from 1} */
  public long recordNumber() {
    return recordNumber;
  }

  /** {@return where the input comes from, as it named it; null when it did not} */
  public @Nullable String source() {
    return source;
  }

  /** {@return the source when the input has one, else {@code record N}} */
  public String record() {
    return source != null ? source : "record " + recordNumber;
  }

  /** {@return what became of the input} */
  public Status status() {
    return status;
  }

  /** {@return the decision, an {@link EntryDecision} or an {@link ExitDecision}; null unless DECIDED} */
  public @Nullable DecisionRecord decision() {
    return decision;
  }

  /** {@return every field at fault and its problem (empty unless INVALID_INPUT)} */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * {@return the kind of failure and the start of its message, escaped, on one line; null unless
   * INTERNAL_ERROR}
   */
  public @Nullable String internalError() {
    return internalError;
  }

  @Override
  public String toString() {
    return record() + ": " + status + (decision != null ? " " + decision.decisionId()
        : internalError != null ? " " + internalError : " " + problems);
  }
}
