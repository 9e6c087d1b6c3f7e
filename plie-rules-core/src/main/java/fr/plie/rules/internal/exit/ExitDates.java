package fr.plie.rules.internal.exit;

import java.time.LocalDate;

/**
 * The calendar conventions of the exit routes (docs/interpretations.md, "Exit routes"): a period
 * of N months from {@code start} (inclusive) is completed on {@code start.plusMonths(N).minusDays(1)},
 * with {@code plusMonths}' month-end clamping; an age is in completed years.
 */
public final class ExitDates {
  private ExitDates() {}

  /** The day on which N months from {@code start} are completed: from 2018-01-01, 6 months on 2018-06-30. */
  public static LocalDate completedOn(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  /** Whether {@code start.plusMonths(months)} fell back to the end of a shorter month. */
  public static boolean clamped(LocalDate start, int months) {
    return start.plusMonths(months).getDayOfMonth() != start.getDayOfMonth();
  }

  /** The French trace sentence for a clamped period, or null when no clamping happened. */
  public static String clampNote(String what, LocalDate start, int months) {
    if (!clamped(start, months)) {
      return null;
    }
    LocalDate anniversary = start.plusMonths(months);
    return what + " : " + start + " + " + months + " mois n'existe pas au quantième "
        + start.getDayOfMonth() + " ; la date est ramenée au dernier jour du mois, " + anniversary
        + ", donc les " + months + " mois sont accomplis le " + anniversary.minusDays(1) + ".";
  }

  /**
   * Age in completed years on {@code day}, birthdays by {@code plusYears} like every other date
   * here: someone born on 29 February has a birthday on 28 February in common years.
   */
  public static int ageOn(LocalDate birthDate, LocalDate day) {
    int years = day.getYear() - birthDate.getYear();
    if (birthDate.plusYears(years).isAfter(day)) {
      years--;
    }
    return years;
  }

  /** "1 mois et 3 jours" from a count of units ({@code daysPerMonth} units make a month). */
  public static String monthsAndDays(int units, int daysPerMonth) {
    int months = units / daysPerMonth;
    int days = units % daysPerMonth;
    String m = months + " mois";
    String d = days + (days <= 1 ? " jour" : " jours");
    if (months == 0) {
      return d;
    }
    return days == 0 ? m : m + " et " + d;
  }

  public static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || !a.isAfter(b) ? a : b;
  }
}
