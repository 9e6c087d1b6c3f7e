package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the exit rules' consequences call: qualifications of activities, route statuses and the
 * outcome. The citation of a route comes from the deciding rule's own {@code @section} and
 * {@code @quote} metadata.
 *
 * <p>The qualifications are shared by every revision; {@link #route} and {@link #outcome} are
 * revision 1's reading of missing facts, kept so that its decisions replay identically (revision 2
 * calls {@link ExitFindings}).
 */
public final class ExitVerdicts {
  private ExitVerdicts() {}

  /** The activity qualifies for the route (or not), from known facts (fields of the activity). */
  public static Qualification qualification(RuleContext rule, ExitRoute route, ExitActivity a,
      boolean holds, String reason, String... fields) {
    String[] paths = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      paths[i] = a.path(fields[i]);
    }
    return new Qualification(route, a,
        Verdicts.known(rule, route + "@" + a.index(), holds, reason, paths));
  }

  /** Whether the activity qualifies depends on facts that are missing (input paths). */
  public static Qualification unknownQualification(RuleContext rule, ExitRoute route,
      ExitActivity a, String reason, Collection<String> factsUsed, Collection<String> missing) {
    return new Qualification(route, a,
        Verdicts.unknown(rule, route + "@" + a.index(), reason, factsUsed, missing));
  }

  public static RouteResult route(RuleContext rule, RouteMeasure m, RouteStatus status,
      String lead) {
    return route(rule, m, status, lead, List.of(), List.of());
  }

  /**
   * The route's status as the calling rule decided it.
   *
   * @param extraFacts input paths the deciding rule read besides the activities (e.g. birthDate)
   * @param extraMissing input paths that would settle the route besides the activities' ones
   */
  public static RouteResult route(RuleContext rule, RouteMeasure m, RouteStatus status,
      String lead, List<String> extraFacts, List<String> extraMissing) {
    List<Integer> indexes = switch (status) {
      case ACQUIRED, IN_PROGRESS, PENDING_COMMISSION -> m.certainActivities();
      case UNKNOWN -> m.possibleActivities();
      case NOT_MET -> m.qualifications().stream().map(Qualification::index).toList();
    };
    LocalDate date = switch (status) {
      case ACQUIRED, IN_PROGRESS, PENDING_COMMISSION -> m.certainDate();
      case UNKNOWN, NOT_MET -> null;
    };
    Set<String> reasons = new LinkedHashSet<>();
    Set<String> facts = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    Set<String> rules = new LinkedHashSet<>();
    List<ActivityReference> activities = new ArrayList<>();
    facts.add("assessmentDate");
    for (Qualification q : m.qualifications()) {
      if (!indexes.contains(q.index())) {
        continue;
      }
      ExitActivity a = q.activity();
      activities.add(ActivityReference.of(a.index(), a.type()));
      reasons.addAll(q.finding().reasons());
      facts.add(a.path("type"));
      facts.add(a.path("start"));
      facts.add(a.path("end"));
      facts.addAll(q.finding().factsUsed());
      rules.addAll(q.finding().rules());
      if (status == RouteStatus.UNKNOWN) {
        missing.addAll(q.finding().missingFacts());
      }
    }
    facts.addAll(extraFacts);
    missing.addAll(extraMissing);
    rules.add(m.rule());
    rules.add(Verdicts.ruleName(rule));
    activities.sort(Comparator.comparingInt(ActivityReference::index));
    StringBuilder reason = new StringBuilder(lead);
    for (String r : reasons) {
      reason.append(' ').append(r);
    }
    if (!m.progress().isEmpty()) {
      reason.append(' ').append(m.progress());
    }
    return new RouteResult(m.route(), status, date, reason.toString(), activities,
        new ArrayList<>(facts), new ArrayList<>(missing), m.notes(), new ArrayList<>(rules),
        metadata(rule, "section"), metadata(rule, "quote"), m.tableRows());
  }

  /**
   * The outcome from all routes: the earliest acquired date for POSITIVE, the earliest projected
   * date for IN_PROGRESS, and the facts that could improve any other outcome.
   */
  public static ExitOutcomeResult outcome(RuleContext rule, ExitOutcome outcome,
      Collection<?> routes) {
    List<RouteResult> all = new ArrayList<>();
    for (Object o : routes) {
      all.add((RouteResult) o);
    }
    all.sort(Comparator.comparing(RouteResult::route));
    LocalDate positive = null;
    LocalDate projected = null;
    Set<String> missing = new LinkedHashSet<>();
    for (RouteResult r : all) {
      if (r.status() == RouteStatus.ACQUIRED && outcome == ExitOutcome.POSITIVE) {
        positive = earliest(positive, r.date());
      }
      if (r.status() == RouteStatus.IN_PROGRESS && outcome == ExitOutcome.IN_PROGRESS) {
        projected = earliest(projected, r.date());
      }
      if (outcome != ExitOutcome.POSITIVE
          && (r.status() == RouteStatus.UNKNOWN || r.status() == RouteStatus.PENDING_COMMISSION)) {
        missing.addAll(r.missingFacts());
      }
    }
    return new ExitOutcomeResult(outcome, positive, projected, new ArrayList<>(missing),
        Verdicts.ruleName(rule));
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || !a.isAfter(b) ? a : b;
  }

  private static String metadata(RuleContext rule, String key) {
    Object value = rule.getRule().getMetaData().get(key);
    if (value == null) {
      throw new IllegalStateException("rule '" + Verdicts.ruleName(rule) + "' has no @" + key
          + " metadata: every deciding rule must cite the text it implements");
    }
    return String.valueOf(value);
  }
}
