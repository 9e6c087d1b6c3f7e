package fr.plie.rules.internal.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The days worked for one route, and the cumulation convention « workedDays » (parameter
 * {@code exit.cumulation.convention}; docs/interpretations.md, « Cumulation »):
 *
 * <ul>
 *   <li>each day worked counts once, whatever the number of activities that day;
 *   <li>the route's N months are reached on a day worked D when the days worked in the widest
 *       window of the route's months that ends on D are at least {@link ExitDates#monthsInDays}
 *       (the days of the shortest period of N months completed on D or before by the CDI rule).
 * </ul>
 *
 * <p>That number depends on D alone, and adding work only adds days worked: the day reached can
 * only come earlier (monotone). One uninterrupted spell from {@code s} reaches N months exactly on
 * {@code s.plusMonths(N).minusDays(1)}, the CDI rule's day.
 *
 * <p>The spans are sorted and merged once (O(n log n)); counting the days worked between two dates
 * is a binary search over their running totals; the search for the day reached jumps from day to
 * day by the shortfall, never walking the days one by one unless the shortfall is a day.
 */
final class WorkedDays {
  private final long[] starts;
  private final long[] ends;
  /** Days worked before span i. */
  private final long[] before;

  private WorkedDays(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
    this.before = new long[starts.length + 1];
    for (int i = 0; i < starts.length; i++) {
      before[i + 1] = before[i] + ends[i] - starts[i] + 1;
    }
  }

  /** Inclusive span of days. */
  public record Span(LocalDate start, LocalDate end) {
    public Span {
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
      }
    }
  }

  /**
   * @param reachedOn the first day worked on which the months are reached, or null
   * @param windowStart first day of the window counted that day
   * @param worked days worked in that window up to that day
   * @param required days that make the months that day ({@link ExitDates#monthsInDays})
   */
  public record Reach(LocalDate reachedOn, LocalDate windowStart, long worked, long required) {
    public long shortfall() {
      return Math.max(0, required - worked);
    }
  }

  /** Overlapping and adjacent spans merge into episodes (sorted). */
  public static WorkedDays of(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::start));
    long[] s = new long[sorted.size()];
    long[] e = new long[sorted.size()];
    int n = 0;
    for (Span span : sorted) {
      long from = span.start().toEpochDay();
      long to = span.end().toEpochDay();
      if (n > 0 && from <= e[n - 1] + 1) {
        e[n - 1] = Math.max(e[n - 1], to);
      } else {
        s[n] = from;
        e[n] = to;
        n++;
      }
    }
    return new WorkedDays(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
  }

  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** The merged episodes. */
  public List<Span> episodes() {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      out.add(new Span(LocalDate.ofEpochDay(starts[i]), LocalDate.ofEpochDay(ends[i])));
    }
    return out;
  }

  /** Days worked from {@code from} to {@code to}, both inclusive. */
  public long workedBetween(LocalDate from, LocalDate to) {
    return to.isBefore(from) ? 0 : upTo(to.toEpochDay()) - upTo(from.toEpochDay() - 1);
  }

  /** Days worked on or before the epoch day. */
  private long upTo(long day) {
    int i = lastStartingBy(day);
    return i < 0 ? 0 : before[i] + Math.min(day, ends[i]) - starts[i] + 1;
  }

  /** The last episode starting on or before the epoch day, or -1. */
  private int lastStartingBy(long day) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** What the convention counts on one day worked: the window, the days worked, the days required. */
  public Reach on(LocalDate day, int months, int windowMonths) {
    LocalDate window = ExitDates.widestWindowStart(day, windowMonths);
    return new Reach(day, window, workedBetween(window, day), ExitDates.monthsInDays(day, months));
  }

  /**
   * The first day worked on which {@code months} months are reached within a sliding window of
   * {@code windowMonths} months; {@code reachedOn} is null when never.
   */
  public Reach reach(int months, int windowMonths) {
    for (int i = 0; i < starts.length; i++) {
      LocalDate day = LocalDate.ofEpochDay(starts[i]);
      LocalDate last = LocalDate.ofEpochDay(ends[i]);
      while (!day.isAfter(last)) {
        Reach here = on(day, months, windowMonths);
        // Reached when the latest start whose months are completed by this day is at least
        // day + 1 - worked. Otherwise, even working every day from here, no day before the one
        // completing the months from that start can reach them: jump there.
        LocalDate from = day.plusDays(1).minusDays(here.worked());
        LocalDate completed = ExitDates.completedOn(from, months);
        if (!completed.isAfter(day)) {
          return here;
        }
        day = completed;
      }
    }
    return new Reach(null, null, 0, 0);
  }

  /**
   * The day worked, up to {@code by}, on which the route came closest to its months: checked on
   * the last day of each episode (or on {@code by} inside one), where a run of work has counted
   * all its days; null when no day was worked by then. For the reasons of a route that falls short.
   */
  public Reach closest(int months, int windowMonths, LocalDate by) {
    Reach best = null;
    long limit = by.toEpochDay();
    for (int i = 0; i < starts.length && starts[i] <= limit; i++) {
      Reach here = on(LocalDate.ofEpochDay(Math.min(ends[i], limit)), months, windowMonths);
      if (best == null || here.shortfall() <= best.shortfall()) {
        best = here;
      }
    }
    return best;
  }
}
