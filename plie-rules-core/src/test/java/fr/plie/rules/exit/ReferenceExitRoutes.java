package fr.plie.rules.exit;

import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import fr.plie.rules.internal.TableSchemas;
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
 *
 * <p>Its numbers (each route's duration and window, the half-time threshold, the senior age, the
 * renewal gap) are read from the tables of the version it compares against, rows in force on the
 * assessment date ({@link Thresholds}): a version that changes a threshold, say a CDD route of 4
 * months, is checked against the same reading with its own numbers. "Six months" below stands for
 * the route's duration.
 */
public final class ReferenceExitRoutes {
  /**
   * The numbers of one version on one day, from its tables.
   *
   * @param months each route's minimum duration (route table, « Durée minimale (mois) »)
   * @param window each route's sliding window in months, when it has one
   */
  public record Thresholds(Map<ExitRoute, Integer> months, Map<ExitRoute, Integer> window,
      BigDecimal halfTime, int seniorAge, int renewalGapDays) {

    private static final RuleSetRegistry SHIPPED = RuleSetRegistry.shipped();
    private static final Map<String, Thresholds> CACHE = new ConcurrentHashMap<>();

    /** The shipped version's current revision in force on {@code day}, rows in force that day. */
    public static Thresholds inForce(LocalDate day) {
      CompiledRuleSet ruleSet = SHIPPED.versions().stream()
          .filter(v -> SHIPPED.current(v) && SHIPPED.inForce(v, day))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no version on " + day));
      return of(ruleSet, day);
    }

    /** The numbers of {@code ruleSet}'s tables, rows in force on {@code day}. */
    public static Thresholds of(CompiledRuleSet ruleSet, LocalDate day) {
      return CACHE.computeIfAbsent(ruleSet.reference().fingerprint() + " " + day, key -> {
        Map<ExitRoute, Integer> months = new EnumMap<>(ExitRoute.class);
        Map<ExitRoute, Integer> window = new EnumMap<>(ExitRoute.class);
        for (ExitRoute route : ExitRoute.values()) {
          String type = route == ExitRoute.SENIOR_CHANTIER_INSERTION
              ? ActivityType.CHANTIER_INSERTION.name() : route.name();
          Map<String, Object> row = inForce(ruleSet, "exitRoutes", day, values ->
              route.name().equals(String.valueOf(values.get("Voie")))
                  && type.equals(String.valueOf(values.get("Type d'activité"))));
          months.put(route, Integer.parseInt(String.valueOf(row.get("Durée minimale (mois)"))));
          Object w = row.get("Fenêtre glissante (mois)");
          if (w != null && !String.valueOf(w).isBlank()) {
            window.put(route, Integer.parseInt(String.valueOf(w)));
          }
        }
        return new Thresholds(months, window,
            new BigDecimal(parameter(ruleSet, "exit.halfTime.weeklyHours", day)),
            Integer.parseInt(parameter(ruleSet, "exit.senior.age", day)),
            Integer.parseInt(parameter(ruleSet, "exit.chantier.renewalGapDays", day)));
      });
    }

    private static String parameter(CompiledRuleSet ruleSet, String name, LocalDate day) {
      return String.valueOf(inForce(ruleSet, "parameters", day,
          values -> name.equals(String.valueOf(values.get("Nom")))).get("Valeur"));
    }

    private static Map<String, Object> inForce(CompiledRuleSet ruleSet, String table,
        LocalDate day, java.util.function.Predicate<Map<String, Object>> which) {
      List<Map<String, Object>> rows = ruleSet.tableLines(table).stream()
          .map(TableSchemas.CheckedLine::values).filter(which)
          .filter(v -> !day.isBefore((LocalDate) v.get("Valide du")))
          .filter(v -> v.get("Valide jusqu'au") == null
              || !day.isAfter((LocalDate) v.get("Valide jusqu'au")))
          .toList();
      if (rows.size() != 1) {
        throw new IllegalStateException(rows.size() + " rows of " + table + " of "
            + ruleSet.label() + " in force on " + day);
      }
      return rows.get(0);
    }

    int months(ExitRoute route) {
      return months.get(route);
    }

    int window(ExitRoute route) {
      return window.get(route);
    }
  }

  /** @param possibleDate the date were the missing facts favourable, when it is reported */
  public record Verdict(RouteStatus status, LocalDate date, LocalDate possibleDate) {}

  public record Decision(Map<ExitRoute, Verdict> routes, ExitOutcome outcome, LocalDate positiveExitDate,
      LocalDate projectedPositiveExitDate) {}

  /** A date when known to hold, another when it might. */
  private record Dates(LocalDate certain, LocalDate possible) {}

  private ReferenceExitRoutes() {}

  /** Decided with the numbers of the shipped version in force on the assessment date. */
  public static Decision decide(ExitCase c) {
    return decide(c, Thresholds.inForce(c.assessmentDate()));
  }

  public static Decision decide(ExitCase c, Thresholds t) {
    Map<ExitRoute, Verdict> routes = new EnumMap<>(ExitRoute.class);
    for (ExitRoute route : ExitRoute.values()) {
      routes.put(route, route(c, route, t));
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

  private static Verdict route(ExitCase c, ExitRoute route, Thresholds t) {
    Dates dates = route == ExitRoute.SENIOR_CHANTIER_INSERTION ? senior(c, t) : dates(c, route, t);
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

  private static Dates dates(ExitCase c, ExitRoute route, Thresholds t) {
    List<Activity> sure = new ArrayList<>();
    List<Activity> maybe = new ArrayList<>();
    for (Activity a : c.activities()) {
      Boolean q = qualifies(c, route, a, t);
      if (q == null) {
        maybe.add(a);
      } else if (q) {
        sure.add(a);
        maybe.add(a);
      }
    }
    return new Dates(acquisition(c, route, sure, t), acquisition(c, route, maybe, t));
  }

  private static Boolean qualifies(ExitCase c, ExitRoute route, Activity a, Thresholds t) {
    ActivityType type = a.type();
    LocalDate pathway = c.pathwayStartDate();
    if (pathway != null && a.end() != null && a.end().isBefore(pathway)) {
      return false;
    }
    switch (route) {
      case CDI:
        return type == ActivityType.CDI ? hoursOk(a, t) : Boolean.FALSE;
      case CDD:
        return type == ActivityType.CDD ? hoursOk(a, t) : Boolean.FALSE;
      case INTERIM:
        return type == ActivityType.INTERIM;
      case FORMATION_QUALIFIANTE:
        return type == ActivityType.FORMATION_QUALIFIANTE && signedInPathway(a, pathway);
      case CREATION_ENTREPRISE:
        return type == ActivityType.CREATION_ENTREPRISE;
      case CONTRAT_AIDE:
        // "more than six months": the contracted end is after the day six months are completed.
        return type == ActivityType.CONTRAT_AIDE && signedInPathway(a, pathway)
            && (a.end() == null || a.end().isAfter(monthsDone(a.start(), t.months(route))));
      default:
        throw new IllegalArgumentException(route.toString());
    }
  }

  private static boolean signedInPathway(Activity a, LocalDate pathway) {
    return pathway == null || !a.start().isBefore(pathway);
  }

  /** Half time or more, or fewer hours with the participant's agreement. */
  private static Boolean hoursOk(Activity a, Thresholds t) {
    if (Boolean.TRUE.equals(a.participantAgreedToFewerHours())) {
      return true;
    }
    if (a.weeklyHours() == null) {
      return null;
    }
    if (a.weeklyHours().compareTo(t.halfTime()) >= 0) {
      return true;
    }
    return a.participantAgreedToFewerHours() == null ? null : Boolean.FALSE;
  }

  /** The first day counted: the start, or the pathway start for an activity begun before it. */
  private static LocalDate from(Activity a, LocalDate pathway) {
    return pathway != null && a.start().isBefore(pathway) ? pathway : a.start();
  }

  private static LocalDate acquisition(ExitCase c, ExitRoute route, List<Activity> acts,
      Thresholds t) {
    LocalDate best = null;
    switch (route) {
      case FORMATION_QUALIFIANTE, CONTRAT_AIDE -> {
        for (Activity a : acts) {
          best = min(best, a.start());
        }
      }
      case CDI, CREATION_ENTREPRISE -> {
        for (Activity a : acts) {
          LocalDate done = monthsDone(from(a, c.pathwayStartDate()), t.months(route));
          if (a.end() == null || !a.end().isBefore(done)) {
            best = min(best, done);
          }
        }
      }
      case INTERIM, CDD -> best = monthsOfDaysWorked(c, acts, t.months(route), t.window(route));
      default -> throw new IllegalArgumentException(route.toString());
    }
    return best;
  }

  private static LocalDate monthsDone(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  // --- Cumulation: days worked against the days that make six months on that day ----------------

  private static final Map<String, Long> DAYS_FOR_MONTHS = new ConcurrentHashMap<>();
  private static final Map<String, LocalDate> WINDOW_START = new ConcurrentHashMap<>();

  /**
   * The days that make six months on {@code day}: from the latest start whose six months (by the
   * CDI rule) are completed on that day or before, to the day. Found by trying every start.
   */
  static long daysForMonths(LocalDate day, int months) {
    return DAYS_FOR_MONTHS.computeIfAbsent(months + " " + day, key -> {
      LocalDate d = day;
      LocalDate s = d;
      while (monthsDone(s, months).isAfter(d)) {
        s = s.minusDays(1);
      }
      return ChronoUnit.DAYS.between(s, d) + 1;
    });
  }

  /** The first day of the widest window of 12 months that still contains {@code day}. */
  static LocalDate windowStart(LocalDate day, int window) {
    return WINDOW_START.computeIfAbsent(window + " " + day, key -> {
      LocalDate d = day;
      LocalDate w = d;
      while (!w.minusDays(1).plusMonths(window).minusDays(1).isBefore(d)) {
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
  private static LocalDate monthsOfDaysWorked(ExitCase c, List<Activity> acts, int months,
      int window) {
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
    LocalDate horizon = last.plusMonths(window);
    origin = min(origin, windowStart(origin, window));
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
      int w = (int) ChronoUnit.DAYS.between(origin, windowStart(day, window));
      if (prefix[i + 1] - prefix[w] >= daysForMonths(day, months)) {
        return day;
      }
    }
    return null;
  }

  // --- Senior: chantier contracts, their renewals, the age on the day six months are done ------

  private static Dates senior(ExitCase c, Thresholds t) {
    int months = t.months(ExitRoute.SENIOR_CHANTIER_INSERTION);
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
    LocalDate horizon = last.plusMonths(months + 1);
    int n = (int) ChronoUnit.DAYS.between(origin, horizon) + 1;
    boolean[] inJob = new boolean[n];
    for (Activity a : contracts) {
      int fromIndex = (int) ChronoUnit.DAYS.between(origin, from(a, pathway));
      int to = (int) ChronoUnit.DAYS.between(origin, a.end() == null ? horizon : a.end());
      for (int i = fromIndex; i <= to; i++) {
        inJob[i] = true;
      }
    }
    // Renewals: a run of at most renewalGapDays days without a contract between two contracts
    // belongs to the period.
    boolean[] period = inJob.clone();
    for (int i = 0; i < n; i++) {
      if (!inJob[i] && i > 0 && inJob[i - 1]) {
        int j = i;
        while (j < n && !inJob[j]) {
          j++;
        }
        if (j < n && j - i <= t.renewalGapDays()) {
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
      LocalDate done = monthsDone(start, months);
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
      } else if (!c.birthDate().plusYears(t.seniorAge()).isAfter(done)) {
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
