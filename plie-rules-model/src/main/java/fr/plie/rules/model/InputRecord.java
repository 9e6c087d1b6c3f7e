package fr.plie.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an input file as a {@link RecordReader} gives it: where it comes from and either
 * its parsed JSON or why it could not be read (a line that is not UTF-8, too long, not JSON).
 *
 * @param source the file, with {@code :LINE} for a line of a JSON Lines file (1-based)
 * @param json the parsed value (any JSON value: its kind is checked when it is decided); null
 *     when the record could not be read
 * @param problem why the record could not be read; null when it could
 */
public record InputRecord(String source, JsonNode json, InvalidInputException problem) {
  /**
   * A record read, or one that could not be.
   *
   * @param source the file, with {@code :LINE} for a line of a JSON Lines file
   * @param json the parsed value; null when the record could not be read
   * @param problem why the record could not be read; null when it could
   * @throws IllegalArgumentException unless exactly one of {@code json} and {@code problem} is
   *     given
   */
  public InputRecord {
    if ((json == null) == (problem == null)) {
      throw new IllegalArgumentException("a record has either its JSON or a problem");
    }
  }

  /** {@return whether the record was read (its content may still be invalid input)} */
  public boolean readable() {
    return problem == null;
  }
}
