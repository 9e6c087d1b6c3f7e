package fr.plie.rules.exit;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.CommissionDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An independent, plain-Java reading of §I.C.2 as issue 3 and docs/interpretations.md state it,
 * written without the production helpers, to check the Drools rules on generated cases. It is slow
 * on purpose where that makes it obvious: days are a boolean calendar, every window start is tried.
 */
final class ReferenceExitRoutes {
  static final BigDecimal HALF_TIME = new BigDecimal("17.50");
  static final int MONTHS = 6;
  static final int WINDOW = 12;
  static final int SENIOR_AGE = 55;
  static final int DAYS_PER_MONTH = 30;
  static final int REQUIRED = MONTHS * DAYS_PER_MONTH;

  record Verdict(RouteStatus status, LocalDate date) {}

  record Decision(Map<ExitRoute, Verdict> routes, ExitOutcome outcome, LocalDate positiveExitDate,
      LocalDate projectedPositiveExitDate) {}

  private ReferenceExitRoutes() {}

  static Decision decide(ExitCase c) {
    Map<ExitRoute, Verdict> routes = new EnumMap<>(ExitRoute.class);
    for (ExitRoute route : ExitRoute.values()) {
      routes.put(route, route(c, route));
    }
    LocalDate positive = earliest(routes, RouteStatus.ACQUIRED);
    LocalDate projected = earliest(routes, RouteStatus.IN_PROGRESS);
    ExitOutcome outcome;
    if (positive != null) {
      outcome = ExitOutcome.POSITIVE;
    } else if (has(routes, RouteStatus.PENDING_COMMISSION)) {
      outcome = ExitOutcome.PENDING_COMMISSION;
    } else if (projected != null) {
      outcome = ExitOutcome.IN_PROGRESS;
    } else if (has(routes, RouteStatus.UNKNOWN)) {
      outcome = ExitOutcome.UNDETERMINED;
    } else {
      outcome = ExitOutcome.NOT_POSITIVE;
    }
    return new Decision(routes, outcome, positive,
        outcome == ExitOutcome.IN_PROGRESS ? projected : null);
  }

  private static Verdict route(ExitCase c, ExitRoute route) {
    // For every activity of the route: qualifies (TRUE), does not (FALSE) or unknown (null).
    List<Activity> sure = new ArrayList<>();
    List<Activity> maybe = new ArrayList<>();
    for (Activity a : c.activities()) {
      Boolean q = qualifies(c, route, a);
      if (q == null) {
        maybe.add(a);
      } else if (q) {
        sure.add(a);
        maybe.add(a);
      }
    }
    LocalDate certain = acquisition(c, route, sure);
    LocalDate possible = acquisition(c, route, maybe);
    LocalDate today = c.assessmentDate();
    boolean senior = route == ExitRoute.SENIOR_CHANTIER_INSERTION;
    if (senior && c.commissionDecision() == CommissionDecision.REJECTED && possible != null) {
      return new Verdict(RouteStatus.NOT_MET, null);
    }
    if (certain != null && !certain.isAfter(today)) {
      if (!senior || c.commissionDecision() == CommissionDecision.VALIDATED) {
        return new Verdict(RouteStatus.ACQUIRED, certain);
      }
      return new Verdict(RouteStatus.PENDING_COMMISSION, certain);
    }
    if (possible != null && !possible.isAfter(today)) {
      return new Verdict(RouteStatus.UNKNOWN, null);
    }
    if (certain != null) {
      return new Verdict(RouteStatus.IN_PROGRESS, certain);
    }
    if (possible != null) {
      return new Verdict(RouteStatus.UNKNOWN, null);
    }
    return new Verdict(RouteStatus.NOT_MET, null);
  }

  private static Boolean qualifies(ExitCase c, ExitRoute route, Activity a) {
    ActivityType t = a.type();
    switch (route) {
      case CDI:
        return t == ActivityType.CDI ? hoursOk(a) : Boolean.FALSE;
      case CDD:
        return t == ActivityType.CDD ? hoursOk(a) : Boolean.FALSE;
      case INTERIM:
        return t == ActivityType.INTERIM;
      case FORMATION_QUALIFIANTE:
        return t == ActivityType.FORMATION_QUALIFIANTE;
      case CREATION_ENTREPRISE:
        return t == ActivityType.CREATION_ENTREPRISE;
      case CONTRAT_AIDE:
        // "more than six months": the contracted end is after the day six months are completed.
        return t == ActivityType.CONTRAT_AIDE
            && (a.end() == null || a.end().isAfter(sixMonthsDone(a.start())));
      case SENIOR_CHANTIER_INSERTION:
        if (t != ActivityType.CHANTIER_INSERTION) {
          return false;
        }
        if (c.birthDate() == null) {
          return null;
        }
        return !c.birthDate().plusYears(SENIOR_AGE).isAfter(sixMonthsDone(a.start()));
      default:
        throw new IllegalArgumentException(route.toString());
    }
  }

  /** Half time or more, or fewer hours with the participant's agreement. */
  private static Boolean hoursOk(Activity a) {
    if (Boolean.TRUE.equals(a.participantAgreedToFewerHours())) {
      return true;
    }
    if (a.weeklyHours() == null) {
      return null;
    }
    if (a.weeklyHours().compareTo(HALF_TIME) >= 0) {
      return true;
    }
    return a.participantAgreedToFewerHours() == null ? null : Boolean.FALSE;
  }

  private static LocalDate acquisition(ExitCase c, ExitRoute route, List<Activity> acts) {
    LocalDate best = null;
    switch (route) {
      case FORMATION_QUALIFIANTE, CONTRAT_AIDE -> {
        for (Activity a : acts) {
          best = min(best, a.start());
        }
      }
      case CDI, CREATION_ENTREPRISE, SENIOR_CHANTIER_INSERTION -> {
        for (Activity a : acts) {
          LocalDate done = sixMonthsDone(a.start());
          if (a.end() == null || !a.end().isBefore(done)) {
            best = min(best, done);
          }
        }
      }
      case INTERIM, CDD -> best = sixMonthsInAnyTwelve(c, acts);
      default -> throw new IllegalArgumentException(route.toString());
    }
    return best;
  }

  private static LocalDate sixMonthsDone(LocalDate start) {
    return start.plusMonths(MONTHS).minusDays(1);
  }

  /** Tries every window starting on a worked day; in each, the first day the cumulation is reached. */
  private static LocalDate sixMonthsInAnyTwelve(ExitCase c, List<Activity> acts) {
    if (acts.isEmpty()) {
      return null;
    }
    LocalDate origin = acts.get(0).start();
    LocalDate last = c.assessmentDate();
    for (Activity a : acts) {
      origin = min(origin, a.start());
      last = a.start().isAfter(last) ? a.start() : last;
      last = a.end() != null && a.end().isAfter(last) ? a.end() : last;
    }
    LocalDate horizon = last.plusMonths(WINDOW + 1);
    int n = (int) ChronoUnit.DAYS.between(origin, horizon) + 1;
    boolean[] worked = new boolean[n];
    for (Activity a : acts) {
      int from = (int) ChronoUnit.DAYS.between(origin, a.start());
      int to = (int) ChronoUnit.DAYS.between(origin, a.end() == null ? horizon : a.end());
      for (int i = from; i <= to; i++) {
        worked[i] = true;
      }
    }
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + (worked[i] ? 1 : 0);
    }
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (worked[i] && (i == 0 || !worked[i - 1])) {
        int j = i;
        while (j + 1 < n && worked[j + 1]) {
          j++;
        }
        runs.add(new int[] {i, j});
      }
    }
    Integer found = null;
    for (int w = 0; w < n; w++) {
      if (!worked[w]) {
        continue;
      }
      if (found != null && w >= found) {
        break;
      }
      int end = (int) ChronoUnit.DAYS.between(origin, origin.plusDays(w).plusMonths(WINDOW).minusDays(1));
      end = Math.min(end, n - 1);
      if (found != null) {
        end = Math.min(end, found - 1);
      }
      // Fewer than 150 worked days cannot make 6 months (a month of units needs 28 days at least).
      if (end < w || prefix[end + 1] - prefix[w] < 150 || units(runs, origin, w, end) < REQUIRED) {
        continue;
      }
      int lo = w;
      int hi = end;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (units(runs, origin, w, mid) >= REQUIRED) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      found = lo;
    }
    return found == null ? null : origin.plusDays(found);
  }

  /** Months and days of the worked runs within [from, to], 30 days a month. */
  private static int units(List<int[]> runs, LocalDate origin, int from, int to) {
    int total = 0;
    for (int[] run : runs) {
      int s = Math.max(run[0], from);
      int e = Math.min(run[1], to);
      if (s <= e) {
        total += pieceUnits(origin.plusDays(s), origin.plusDays(e));
      }
    }
    return total;
  }

  /** Whole months by anniversary (plusMonths from the start), then the days left, under a month. */
  static int pieceUnits(LocalDate start, LocalDate end) {
    LocalDate dayAfter = end.plusDays(1);
    int months = 0;
    while (!start.plusMonths(months + 1).isAfter(dayAfter)) {
      months++;
    }
    long days = ChronoUnit.DAYS.between(start.plusMonths(months), dayAfter);
    return months * DAYS_PER_MONTH + (int) Math.min(days, DAYS_PER_MONTH - 1);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate earliest(Map<ExitRoute, Verdict> routes, RouteStatus status) {
    LocalDate best = null;
    for (Verdict v : routes.values()) {
      if (v.status() == status) {
        best = min(best, v.date());
      }
    }
    return best;
  }

  private static boolean has(Map<ExitRoute, Verdict> routes, RouteStatus status) {
    return routes.values().stream().anyMatch(v -> v.status() == status);
  }
}
