package fr.plie.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.Nullable;
import java.util.Objects;

/**
 * One input of a {@link Batch}: an entry application, an exit case, a JSON record whose kind its
 * fields tell ({@link fr.plie.rules.model.InputKind}), or a record that could not even be read
 * (it still yields its one result, an invalid-input one, in its place).
 *
 * <p>Immutable. A JSON record is read strictly on a batch thread, so reading it costs the batch's
 * threads, not the caller's.
 */
public final class BatchInput {
  private final @Nullable String source;
  private final @Nullable Object value;
  private final @Nullable InvalidInputException problem;

  private BatchInput(@Nullable String source, @Nullable Object value,
      @Nullable InvalidInputException problem) {
    this.source = source;
    this.value = value;
    this.problem = problem;
  }

  /**
   * An entry application, already built or read.
   *
   * @param application the application
   * @return the input
   */
  public static BatchInput entry(EntryApplication application) {
    return new BatchInput(null, Objects.requireNonNull(application, "application"), null);
  }

  /**
   * An exit case, already built or read.
   *
   * @param exitCase the case
   * @return the input
   */
  public static BatchInput exit(ExitCase exitCase) {
    return new BatchInput(null, Objects.requireNonNull(exitCase, "exitCase"), null);
  }

  /**
   * A record as JSON, an entry application or an exit case as its fields tell; read strictly when
   * it is decided, a problem in it making its result an invalid-input one.
   *
   * @param source where it comes from, e.g. {@code cohort.jsonl:12}, echoed in its result
   * @param json the record
   * @return the input
   */
  public static BatchInput json(String source, JsonNode json) {
    return new BatchInput(Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(json, "json"), null);
  }

  /**
   * A record that could not be read (not UTF-8, too long, not JSON...): its result is the
   * invalid-input result carrying {@code problem}, in its place in the output.
   *
   * @param source where it comes from, echoed in its result
   * @param problem why it could not be read
   * @return the input
   */
  public static BatchInput unreadable(String source, InvalidInputException problem) {
    return new BatchInput(Objects.requireNonNull(source, "source"), null,
        Objects.requireNonNull(problem, "problem"));
  }

  /**
   * A record as a {@link fr.plie.rules.model.RecordReader} gives it: its JSON, or why it could not
   * be read.
   *
   * @param record the record
   * @return the input
   */
  public static BatchInput of(InputRecord record) {
    return record.readable() ? json(record.source(), record.json())
        : unreadable(record.source(), record.problem());
  }

  /**
   * The same input, naming its source (for the results of applications and cases built in Java).
   *
   * @param source where it comes from, echoed in its result
   * @return a new input
   */
  public BatchInput withSource(String source) {
    return new BatchInput(Objects.requireNonNull(source, "source"), value, problem);
  }

  /** {@return where the input comes from, or null when not said} */
  public @Nullable String source() {
    return source;
  }

  @Nullable Object value() {
    return value;
  }

  @Nullable InvalidInputException problem() {
    return problem;
  }
}
