package fr.plie.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bounds every input is held to before any rule runs (see {@code docs/security.md}). They are
 * far beyond any real case, and they keep a hostile or corrupted file from reaching date
 * arithmetic, quadratic work or memory with values no PLIE could have recorded.
 */
public final class InputLimits {
  private InputLimits() {}

  /** The earliest date accepted anywhere in an input (birth dates of the oldest participants). */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /**
   * The latest date accepted anywhere in an input. Rules add months and years to input dates;
   * bounding them keeps that arithmetic far from {@link LocalDate#MAX} (an end date of
   * {@code +999999999-12-31} used to crash a whole batch).
   */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /** The longest record: one line of a JSON Lines file, or a whole {@code .json} input file. */
  public static final int MAX_RECORD_BYTES = 1024 * 1024;

  /**
   * The largest recorded decision read for replay: a decision embeds its input, every route or
   * criterion with its reasons and the rules fired, so it is larger than the input it answers.
   */
  public static final int MAX_DECISION_BYTES = 16 * 1024 * 1024;

  /** The most activities one exit case may list; no pathway holds anywhere near that many. */
  public static final int MAX_ACTIVITIES = 1000;

  /** The most hours a week holds; more cannot be a working time. */
  public static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(168);

  /**
   * The most decimal places of a number of hours. Hours are written exactly as given (so
   * {@code 17.49999999999999999999} stays below 17.5), but no time sheet is that precise, and
   * a bound keeps values such as {@code 1e-999} out.
   */
  public static final int MAX_HOURS_DECIMALS = 20;

  /** The deepest nesting of JSON values read (arrays and objects); ours go a few levels deep. */
  public static final int MAX_JSON_NESTING = 100;

  /** The longest number read, in characters. */
  public static final int MAX_JSON_NUMBER_LENGTH = 100;

  /** Adds a problem when {@code date} lies outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. */
  static boolean checkDate(List<InputProblem> problems, String field, LocalDate date) {
    if (date == null || inRange(date)) {
      return true;
    }
    problems.add(new InputProblem(field, outOfRange(date)));
    return false;
  }

  /**
   * The problem with a date out of range (the same words whatever the date: an input value never
   * goes into a message); called with null by readers that recognise it.
   */
  static String outOfRange(LocalDate date) {
    return "is outside the accepted dates, " + EARLIEST_DATE + " to " + LATEST_DATE;
  }

  /**
   * Whether {@code date} is an accepted input date.
   *
   * @param date a date read from an input; null (an unknown date) is accepted
   * @return true when the date is null or within the accepted dates
   */
  public static boolean inRange(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE));
  }
}
