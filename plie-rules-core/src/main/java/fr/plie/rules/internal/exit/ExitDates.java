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

  /**
   * The latest start from which {@code months} months are completed (by {@link #completedOn}) on
   * {@code day} or before: from 2018-07-01, six months are completed on 2018-12-31, so it is
   * 2018-07-01 for that day; for 2019-02-27 it is 2018-08-31, whose six months are completed on
   * 2019-02-27 too (2019-02-28 minus a day) although 2018-08-28's are as well.
   */
  public static LocalDate latestStartCompletedBy(LocalDate day, int months) {
    LocalDate dayAfter = day.plusDays(1);
    LocalDate start = dayAfter.minusMonths(months);
    // plusMonths clamps month ends, so up to three later starts may still be completed that day.
    while (!start.plusDays(1).plusMonths(months).isAfter(dayAfter)) {
      start = start.plusDays(1);
    }
    return start;
  }

  /**
   * How many days make {@code months} months on {@code day} (convention « workedDays »): the days
   * of the shortest period of that many months completed on that day or before, i.e. from
   * {@link #latestStartCompletedBy} to the day. 181 to 184 for six months.
   */
  public static long monthsInDays(LocalDate day, int months) {
    return java.time.temporal.ChronoUnit.DAYS.between(latestStartCompletedBy(day, months), day) + 1;
  }

  /**
   * The first day of the widest window of {@code windowMonths} months that ends on or after
   * {@code day}: the earliest {@code w} whose months ({@code completedOn(w, windowMonths)}) are
   * completed on {@code day} or later.
   */
  public static LocalDate widestWindowStart(LocalDate day, int windowMonths) {
    LocalDate dayAfter = day.plusDays(1);
    LocalDate start = dayAfter.minusMonths(windowMonths);
    while (start.plusMonths(windowMonths).isBefore(dayAfter)) {
      start = start.plusDays(1);
    }
    while (!start.minusDays(1).plusMonths(windowMonths).isBefore(dayAfter)) {
      start = start.minusDays(1);
    }
    return start;
  }

  /**
   * « 3 mois et 12 jours »: how long an uninterrupted stretch from {@code start} to {@code end}
   * (inclusive) lasts, in whole months by anniversary ({@code plusMonths}) and the days left.
   */
  public static String elapsed(LocalDate start, LocalDate end) {
    LocalDate dayAfter = end.plusDays(1);
    long months = Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(start, dayAfter));
    while (months > 0 && start.plusMonths(months).isAfter(dayAfter)) {
      months--;
    }
    while (!start.plusMonths(months + 1).isAfter(dayAfter)) {
      months++;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(start.plusMonths(months), dayAfter);
    String d = days + (days <= 1 ? " jour" : " jours");
    if (months == 0) {
      return d;
    }
    return days == 0 ? months + " mois" : months + " mois et " + d;
  }

  /** « 1 jour », « 49 jours ». */
  public static String days(long days) {
    return days + (days <= 1 && days >= -1 ? " jour" : " jours");
  }

  public static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || !a.isAfter(b) ? a : b;
  }
}
