package fr.plie.rules.internal.exit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cumulation of days of activity within a sliding window of consecutive months, with the
 * months-and-days convention of docs/interpretations.md:
 *
 * <ul>
 *   <li>overlapping or adjacent spans merge into one episode (each day counts once);
 *   <li>an episode from {@code s} to {@code e} counts its whole months {@code m} (the largest with
 *       {@code s.plusMonths(m) <= e + 1 day}, i.e. by the same anniversary as the CDI rule) and the
 *       days left after the last anniversary, capped at {@code daysPerMonth - 1} so that an episode
 *       reaches a whole month only on its anniversary;
 *   <li>the episodes' months and days are added, {@code daysPerMonth} days making a month.
 * </ul>
 *
 * Everything is counted in "units": a month is {@code daysPerMonth} units, a day one unit.
 *
 * <p>Revision 1 of 2018.1 and 2018.2 only (parameter {@code exit.cumulation.daysPerMonth}), kept
 * so that the decisions it took replay identically: do not change what it computes. It is not
 * monotone (issue 8); revision 2 uses {@link WorkedDays}.
 */
final class Cumulation {
  private Cumulation() {}

  /** Inclusive span of days. */
  public record Span(LocalDate start, LocalDate end) {
    public Span {
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
      }
    }
  }

  /**
   * @param reachedOn first day on which the required cumulation is reached, or null
   * @param windowStart first day of the window that reached it (or of the best window)
   * @param bestUnitsByDate the largest cumulation over any window, counting days up to the given date
   * @param bestWindowStart first day of that best window (null when nothing was worked)
   * @param bestDay last day counted in that best window
   */
  public record Reach(LocalDate reachedOn, LocalDate windowStart, int bestUnitsByDate,
      LocalDate bestWindowStart, LocalDate bestDay) {}

  /** Sorted, with overlapping and adjacent spans merged into episodes. */
  public static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::start));
    List<Span> out = new ArrayList<>();
    for (Span span : sorted) {
      if (!out.isEmpty() && !span.start().isAfter(out.get(out.size() - 1).end().plusDays(1))) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** The units one uninterrupted episode counts. */
  public static int units(LocalDate start, LocalDate end, int daysPerMonth) {
    LocalDate after = end.plusDays(1);
    int months = (int) ChronoUnit.MONTHS.between(start, after);
    while (!start.plusMonths(months + 1L).isAfter(after)) {
      months++;
    }
    while (months > 0 && start.plusMonths(months).isAfter(after)) {
      months--;
    }
    long days = ChronoUnit.DAYS.between(start.plusMonths(months), after);
    return months * daysPerMonth + (int) Math.min(days, daysPerMonth - 1L);
  }

  /**
   * The first window start whose window of {@code windowMonths} months ({@code w} to
   * {@code w.plusMonths(windowMonths).minusDays(1)}) still contains {@code day}: the window ending
   * on {@code day} that reaches furthest back.
   */
  public static LocalDate windowStart(LocalDate day, int windowMonths) {
    LocalDate w = day.minusMonths(windowMonths).plusDays(1);
    while (!ExitDates.completedOn(w.minusDays(1), windowMonths).isBefore(day)) {
      w = w.minusDays(1);
    }
    while (ExitDates.completedOn(w, windowMonths).isBefore(day)) {
      w = w.plusDays(1);
    }
    return w;
  }

  /** The units of the merged episodes counted from {@code from} to {@code to}, both inclusive. */
  public static int unitsWithin(List<Span> merged, LocalDate from, LocalDate to, int daysPerMonth) {
    int total = 0;
    for (Span span : merged) {
      if (span.start().isAfter(to)) {
        break;
      }
      if (span.end().isBefore(from)) {
        continue;
      }
      LocalDate s = span.start().isBefore(from) ? from : span.start();
      LocalDate e = span.end().isAfter(to) ? to : span.end();
      total += units(s, e, daysPerMonth);
    }
    return total;
  }

  /**
   * The first day on which the merged episodes cumulate {@code requiredUnits} within a window.
   * The cumulation counted up to a day is largest in the window that ends on that day and reaches
   * furthest back (fewer days can only count less), so each worked day is checked once, in order.
   *
   * @param bestBy the best cumulation is reported counting only days up to this date
   */
  public static Reach reach(List<Span> merged, int requiredUnits, int windowMonths,
      int daysPerMonth, LocalDate bestBy) {
    int best = 0;
    LocalDate bestStart = null;
    LocalDate bestDay = null;
    for (Span span : merged) {
      for (LocalDate day = span.start(); !day.isAfter(span.end()); day = day.plusDays(1)) {
        LocalDate w = windowStart(day, windowMonths);
        int units = unitsWithin(merged, w, day, daysPerMonth);
        if (!day.isAfter(bestBy) && units > best) {
          best = units;
          bestStart = w;
          bestDay = day;
        }
        if (units >= requiredUnits) {
          return new Reach(day, w, best, bestStart, bestDay);
        }
      }
    }
    return new Reach(null, bestStart, best, bestStart, bestDay);
  }
}
