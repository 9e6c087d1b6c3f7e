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
import java.util.concurrent.ConcurrentHashMap;

/**
 * An independent, plain-Java reading of §I.C.2 as docs/interpretations.md states it for the
 * current revision (2018.1 / 2018.2 revision 2), written without the production helpers, to check
 * the Drools rules on generated cases. It is slow on purpose where that makes it obvious: days are
 * a boolean calendar, calendar facts (the window ending on a day, the days that make six months on
 * a day) are found by trying every candidate day.
 */
final class ReferenceExitRoutes {
  static final BigDecimal HALF_TIME = new BigDecimal("17.50");
  static final int MONTHS = 6;
  static final int WINDOW = 12;
  static final int SENIOR_AGE = 55;
  static final int RENEWAL_GAP_DAYS = 0;

  /** @param possibleDate the date were the missing facts favourable, when it is reported */
  record Verdict(RouteStatus status, LocalDate date, LocalDate possibleDate) {}

  record Decision(Map<ExitRoute, Verdict> routes, ExitOutcome outcome, LocalDate positiveExitDate,
      LocalDate projectedPositiveExitDate) {}

  /** A date when known to hold, another when it might. */
  private record Dates(LocalDate certain, LocalDate possible) {}

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
    // A certain projection is reported whenever no route is acquired.
    return new Decision(routes, outcome, positive, positive == null ? projected : null);
  }

  /** Rank of an outcome, best first: what "never worse" means. */
  static int rank(ExitOutcome outcome) {
    return switch (outcome) {
      case POSITIVE -> 4;
      case PENDING_COMMISSION -> 3;
      case IN_PROGRESS -> 2;
      case UNDETERMINED -> 1;
      case NOT_POSITIVE -> 0;
    };
  }

  private static Verdict route(ExitCase c, ExitRoute route) {
    Dates dates = route == ExitRoute.SENIOR_CHANTIER_INSERTION ? senior(c) : dates(c, route);
    LocalDate certain = dates.certain();
    LocalDate possible = dates.possible();
    LocalDate today = c.assessmentDate();
    boolean senior = route == ExitRoute.SENIOR_CHANTIER_INSERTION;
    LocalDate earlier = possible != null && certain != null && possible.isBefore(certain)
        ? possible : null;
    if (senior && c.commissionDecision() == CommissionDecision.REJECTED && possible != null) {
      return new Verdict(RouteStatus.NOT_MET, null, null);
    }
    if (certain != null && !certain.isAfter(today)) {
      if (!senior || c.commissionDecision() == CommissionDecision.VALIDATED) {
        return new Verdict(RouteStatus.ACQUIRED, certain, earlier);
      }
      return new Verdict(RouteStatus.PENDING_COMMISSION, certain, earlier);
    }
    if (certain != null) {
      return new Verdict(RouteStatus.IN_PROGRESS, certain, earlier);
    }
    if (possible != null) {
      return new Verdict(RouteStatus.UNKNOWN, null, possible);
    }
    return new Verdict(RouteStatus.NOT_MET, null, null);
  }

  private static Dates dates(ExitCase c, ExitRoute route) {
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
    return new Dates(acquisition(c, route, sure), acquisition(c, route, maybe));
  }

  private static Boolean qualifies(ExitCase c, ExitRoute route, Activity a) {
    ActivityType t = a.type();
    LocalDate pathway = c.pathwayStartDate();
    if (pathway != null && a.end() != null && a.end().isBefore(pathway)) {
      return false;
    }
    switch (route) {
      case CDI:
        return t == ActivityType.CDI ? hoursOk(a) : Boolean.FALSE;
      case CDD:
        return t == ActivityType.CDD ? hoursOk(a) : Boolean.FALSE;
      case INTERIM:
        return t == ActivityType.INTERIM;
      case FORMATION_QUALIFIANTE:
        return t == ActivityType.FORMATION_QUALIFIANTE && signedInPathway(a, pathway);
      case CREATION_ENTREPRISE:
        return t == ActivityType.CREATION_ENTREPRISE;
      case CONTRAT_AIDE:
        // "more than six months": the contracted end is after the day six months are completed.
        return t == ActivityType.CONTRAT_AIDE && signedInPathway(a, pathway)
            && (a.end() == null || a.end().isAfter(sixMonthsDone(a.start())));
      default:
        throw new IllegalArgumentException(route.toString());
    }
  }

  private static boolean signedInPathway(Activity a, LocalDate pathway) {
    return pathway == null || !a.start().isBefore(pathway);
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

  /** The first day counted: the start, or the pathway start for an activity begun before it. */
  private static LocalDate from(Activity a, LocalDate pathway) {
    return pathway != null && a.start().isBefore(pathway) ? pathway : a.start();
  }

  private static LocalDate acquisition(ExitCase c, ExitRoute route, List<Activity> acts) {
    LocalDate best = null;
    switch (route) {
      case FORMATION_QUALIFIANTE, CONTRAT_AIDE -> {
        for (Activity a : acts) {
          best = min(best, a.start());
        }
      }
      case CDI, CREATION_ENTREPRISE -> {
        for (Activity a : acts) {
          LocalDate done = sixMonthsDone(from(a, c.pathwayStartDate()));
          if (a.end() == null || !a.end().isBefore(done)) {
            best = min(best, done);
          }
        }
      }
      case INTERIM, CDD -> best = sixMonthsOfDaysWorked(c, acts);
      default -> throw new IllegalArgumentException(route.toString());
    }
    return best;
  }

  private static LocalDate sixMonthsDone(LocalDate start) {
    return start.plusMonths(MONTHS).minusDays(1);
  }

  // --- Cumulation: days worked against the days that make six months on that day ----------------

  private static final Map<LocalDate, Long> DAYS_FOR_SIX_MONTHS = new ConcurrentHashMap<>();
  private static final Map<LocalDate, LocalDate> WINDOW_START = new ConcurrentHashMap<>();

  /**
   * The days that make six months on {@code day}: from the latest start whose six months (by the
   * CDI rule) are completed on that day or before, to the day. Found by trying every start.
   */
  static long daysForSixMonths(LocalDate day) {
    return DAYS_FOR_SIX_MONTHS.computeIfAbsent(day, d -> {
      LocalDate s = d;
      while (sixMonthsDone(s).isAfter(d)) {
        s = s.minusDays(1);
      }
      return ChronoUnit.DAYS.between(s, d) + 1;
    });
  }

  /** The first day of the widest window of 12 months that still contains {@code day}. */
  static LocalDate windowStart(LocalDate day) {
    return WINDOW_START.computeIfAbsent(day, d -> {
      LocalDate w = d;
      while (!w.minusDays(1).plusMonths(WINDOW).minusDays(1).isBefore(d)) {
        w = w.minusDays(1);
      }
      return w;
    });
  }

  /**
   * On a calendar of the days worked (from the pathway start on), the first day worked on which
   * the days worked in the widest 12-month window ending that day are at least the days that make
   * six months that day.
   */
  private static LocalDate sixMonthsOfDaysWorked(ExitCase c, List<Activity> acts) {
    if (acts.isEmpty()) {
      return null;
    }
    LocalDate pathway = c.pathwayStartDate();
    LocalDate origin = null;
    LocalDate last = c.assessmentDate();
    for (Activity a : acts) {
      origin = min(origin, from(a, pathway));
      last = a.start().isAfter(last) ? a.start() : last;
      last = a.end() != null && a.end().isAfter(last) ? a.end() : last;
    }
    // An activity with no end runs far enough to reach anything it can.
    LocalDate horizon = last.plusMonths(WINDOW);
    origin = min(origin, windowStart(origin));
    int n = (int) ChronoUnit.DAYS.between(origin, horizon) + 1;
    boolean[] worked = new boolean[n];
    for (Activity a : acts) {
      int fromIndex = (int) ChronoUnit.DAYS.between(origin, from(a, pathway));
      int to = (int) ChronoUnit.DAYS.between(origin, a.end() == null ? horizon : a.end());
      for (int i = fromIndex; i <= to; i++) {
        worked[i] = true;
      }
    }
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + (worked[i] ? 1 : 0);
    }
    for (int i = 0; i < n; i++) {
      if (!worked[i]) {
        continue;
      }
      LocalDate day = origin.plusDays(i);
      int w = (int) ChronoUnit.DAYS.between(origin, windowStart(day));
      if (prefix[i + 1] - prefix[w] >= daysForSixMonths(day)) {
        return day;
      }
    }
    return null;
  }

  // --- Senior: chantier contracts, their renewals, the age on the day six months are done ------

  private static Dates senior(ExitCase c) {
    LocalDate pathway = c.pathwayStartDate();
    List<Activity> contracts = new ArrayList<>();
    for (Activity a : c.activities()) {
      if (a.type() == ActivityType.CHANTIER_INSERTION
          && (pathway == null || a.end() == null || !a.end().isBefore(pathway))) {
        contracts.add(a);
      }
    }
    if (contracts.isEmpty()) {
      return new Dates(null, null);
    }
    LocalDate origin = null;
    LocalDate last = c.assessmentDate();
    for (Activity a : contracts) {
      origin = min(origin, from(a, pathway));
      last = a.end() != null && a.end().isAfter(last) ? a.end() : last;
      last = a.start().isAfter(last) ? a.start() : last;
    }
    LocalDate horizon = last.plusMonths(MONTHS + 1);
    int n = (int) ChronoUnit.DAYS.between(origin, horizon) + 1;
    boolean[] inJob = new boolean[n];
    for (Activity a : contracts) {
      int fromIndex = (int) ChronoUnit.DAYS.between(origin, from(a, pathway));
      int to = (int) ChronoUnit.DAYS.between(origin, a.end() == null ? horizon : a.end());
      for (int i = fromIndex; i <= to; i++) {
        inJob[i] = true;
      }
    }
    // Renewals: a run of at most RENEWAL_GAP_DAYS days without a contract between two contracts
    // belongs to the period.
    boolean[] period = inJob.clone();
    for (int i = 0; i < n; i++) {
      if (!inJob[i] && i > 0 && inJob[i - 1]) {
        int j = i;
        while (j < n && !inJob[j]) {
          j++;
        }
        if (j < n && j - i <= RENEWAL_GAP_DAYS) {
          for (int k = i; k < j; k++) {
            period[k] = true;
          }
        }
      }
    }
    LocalDate certain = null;
    LocalDate possible = null;
    for (Activity a : contracts) {
      LocalDate start = from(a, pathway);
      LocalDate done = sixMonthsDone(start);
      int s = (int) ChronoUnit.DAYS.between(origin, start);
      int e = (int) ChronoUnit.DAYS.between(origin, done);
      boolean lasts = e < n;
      for (int i = s; lasts && i <= e; i++) {
        lasts = period[i];
      }
      if (!lasts) {
        continue;
      }
      if (c.birthDate() == null) {
        possible = min(possible, done);
      } else if (!c.birthDate().plusYears(SENIOR_AGE).isAfter(done)) {
        certain = min(certain, done);
        possible = min(possible, done);
      }
    }
    return new Dates(certain, possible);
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
