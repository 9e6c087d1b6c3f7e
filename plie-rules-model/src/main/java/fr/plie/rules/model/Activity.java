package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One activity of a participant after (or during) the PLIE pathway: a contract, a mission, a
 * training course or a business. Dates are inclusive. Absent facts are unknown.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "start", "end", "weeklyHours", "participantAgreedToFewerHours", "employer"})
public abstract class Activity {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  /** {@return what the activity is: a kind of contract, a training, a business creation} */
  public abstract ActivityType type();

  /** {@return the first day of the activity} */
  public abstract LocalDate start();

  /**
   * {@return the last day (inclusive); absent while the activity runs with no planned end. For a
   * contrat aidé, the contracted end}
   */
  public abstract @Nullable LocalDate end();

  /**
   * {@return the contractual weekly working hours (17.5 is 17 h 30 min), exactly as written: more
   * than 0, at most 168, at most {@link InputLimits#MAX_HOURS_DECIMALS} decimal places; absent when
   * unknown}
   */
  public abstract @Nullable BigDecimal weeklyHours();

  /**
   * {@return whether the participant agreed to work fewer hours than the half-time threshold;
   * absent when unknown}
   */
  public abstract @Nullable Boolean participantAgreedToFewerHours();

  /** {@return the employer, informative only (a pseudonymised record leaves it out)} */
  public abstract @Nullable String employer();

  /**
   * Validates, and writes the hours without trailing zeros (17.50 as 17.5) so that an activity
   * equals itself read back from JSON, where a number keeps no scale. Called by the builder.
   *
   * @return this activity, or an equal one with its hours so written
   * @throws InvalidInputException naming each field that is wrong
   */
  @Value.Check
  protected Activity check() {
    List<InputProblem> problems = new ArrayList<>();
    boolean datesInRange = InputLimits.checkDate(problems, "start", start())
        & InputLimits.checkDate(problems, "end", end());
    if (datesInRange && end() != null && end().isBefore(start())) {
      problems.add(new InputProblem("end", "is before start"));
    }
    BigDecimal hours = weeklyHours();
    if (hours != null) {
      String problem = hoursProblem(hours);
      if (problem != null) {
        problems.add(new InputProblem("weeklyHours", problem));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (hours != null) {
      BigDecimal plain = hours.stripTrailingZeros();
      plain = plain.scale() < 0 ? plain.setScale(0) : plain;
      if (!plain.equals(hours)) {
        return ImmutableActivity.copyOf(this).withWeeklyHours(plain);
      }
    }
    return this;
  }

  /**
   * A working time is more than 0 and at most 168 hours a week: a contract of 0 hours is no
   * contract (leave weeklyHours out when the hours are unknown).
   */
  private static String hoursProblem(BigDecimal hours) {
    if (hours.signum() < 0) {
      return "is negative";
    }
    if (hours.signum() == 0) {
      return "0 hours a week is no working time (leave weeklyHours out when it is unknown)";
    }
    if (hours.compareTo(InputLimits.MAX_WEEKLY_HOURS) > 0) {
      return "is more than the 168 hours of a week";
    }
    if (hours.stripTrailingZeros().scale() > InputLimits.MAX_HOURS_DECIMALS) {
      return "has more than " + InputLimits.MAX_HOURS_DECIMALS + " decimal places";
    }
    return null;
  }
}
