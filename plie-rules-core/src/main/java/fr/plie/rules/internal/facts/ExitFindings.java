package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitOutcome;
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
 * What the exit rules of 2018.1 revision 2 (and later) call to record a route's status and the
 * outcome, with one reading of uncertainty inside a route and across routes: the status is the one
 * the certain facts give (ACQUIRED, IN_PROGRESS, PENDING_COMMISSION), and the facts that could make
 * the route acquired earlier are listed in the route's {@code missingFacts} with that earlier date
 * ({@code possibleDate}). A route with no certain path is UNKNOWN when missing facts could make it
 * hold. (The rules of revision 1 keep calling {@link ExitVerdicts}, unchanged, for replay.)
 */
public final class ExitFindings {
  private ExitFindings() {}

  public static RouteResult route(RuleContext rule, RouteMeasure m, RouteStatus status,
      String lead) {
    return route(rule, m, status, lead, List.of(), List.of());
  }

  /**
   * The route's status as the calling rule decided it.
   *
   * @param extraFacts input paths the deciding rule read besides the activities (e.g. the
   *     commission's decision)
   * @param extraMissing input paths that would settle the route besides those of the activities
   *     and findings (e.g. the commission's decision while it is pending)
   */
  public static RouteResult route(RuleContext rule, RouteMeasure m, RouteStatus status,
      String lead, List<String> extraFacts, List<String> extraMissing) {
    boolean certain = status == RouteStatus.ACQUIRED || status == RouteStatus.IN_PROGRESS
        || status == RouteStatus.PENDING_COMMISSION;
    // Facts are missing that would make the route acquired earlier than the certain facts do.
    boolean earlier = certain && m.possibleDate() != null && m.certainDate() != null
        && m.possibleDate().isBefore(m.certainDate());
    // Sets: a case may hold thousands of activities.
    Set<Integer> indexes = new java.util.HashSet<>(switch (status) {
      case ACQUIRED, IN_PROGRESS, PENDING_COMMISSION -> m.certainActivities();
      case UNKNOWN -> m.possibleActivities();
      case NOT_MET -> m.qualifications().stream().map(Qualification::index).toList();
    });
    Set<Integer> possibleIndexes = new java.util.HashSet<>(m.possibleActivities());
    List<Finding> findings = switch (status) {
      case ACQUIRED, IN_PROGRESS, PENDING_COMMISSION -> m.certainFindings();
      case UNKNOWN -> m.possibleFindings();
      case NOT_MET -> m.examinedFindings();
    };
    Set<String> reasons = new LinkedHashSet<>();
    Set<String> facts = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    Set<String> rules = new LinkedHashSet<>();
    Set<Integer> used = new LinkedHashSet<>();
    facts.add("assessmentDate");
    for (Qualification q : m.qualifications()) {
      if (indexes.contains(q.index()) && used.add(q.index())) {
        ExitActivity a = q.activity();
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
    }
    for (Finding f : findings) {
      reasons.addAll(f.reasons());
      facts.addAll(f.factsUsed());
      rules.addAll(f.rules());
      if (status == RouteStatus.UNKNOWN) {
        missing.addAll(f.missingFacts());
      }
    }
    String ifFavourable = "";
    if (earlier) {
      Set<String> earlierMissing = new LinkedHashSet<>();
      for (Qualification q : m.qualifications()) {
        if (possibleIndexes.contains(q.index()) && q.finding().isUnknown()) {
          reasons.addAll(q.finding().reasons());
          rules.addAll(q.finding().rules());
          earlierMissing.addAll(q.finding().missingFacts());
        }
      }
      for (Finding f : m.possibleFindings()) {
        if (f.isUnknown()) {
          reasons.addAll(f.reasons());
          rules.addAll(f.rules());
          earlierMissing.addAll(f.missingFacts());
        }
      }
      missing.addAll(earlierMissing);
      ifFavourable = "Si les faits manquants (" + String.join(", ", earlierMissing)
          + ") étaient favorables, la voie serait acquise dès le " + m.possibleDate() + ".";
    }
    facts.addAll(extraFacts);
    missing.addAll(extraMissing);
    rules.add(m.rule());
    rules.add(Verdicts.ruleName(rule));
    List<ActivityReference> activities = new ArrayList<>();
    Set<Integer> listed = new java.util.HashSet<>();
    for (Qualification q : m.qualifications()) {
      if (indexes.contains(q.index()) && listed.add(q.index())) {
        activities.add(ActivityReference.of(q.index(), q.activity().type()));
      }
    }
    activities.sort(Comparator.comparingInt(ActivityReference::index));
    StringBuilder reason = new StringBuilder(lead);
    for (String r : reasons) {
      reason.append(' ').append(r);
    }
    if (!m.progress().isEmpty()) {
      reason.append(' ').append(m.progress());
    }
    if (!ifFavourable.isEmpty()) {
      reason.append(' ').append(ifFavourable);
    }
    LocalDate date = certain ? m.certainDate() : null;
    LocalDate possible = status == RouteStatus.UNKNOWN || earlier ? m.possibleDate() : null;
    return new RouteResult(m.route(), status, date, reason.toString(), activities,
        new ArrayList<>(facts), new ArrayList<>(missing), m.notes(), new ArrayList<>(rules),
        metadata(rule, "section"), metadata(rule, "quote"), m.tableRows(), possible);
  }

  /**
   * The outcome from all routes: the earliest acquired date for POSITIVE; the earliest date of
   * the routes in progress whenever no route is acquired (a certain projection is never hidden,
   * not even by a pending commission); and, unless POSITIVE, every fact a route lists as missing
   * (each could make the outcome better or come sooner).
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
      if (r.status() == RouteStatus.IN_PROGRESS && outcome != ExitOutcome.POSITIVE) {
        projected = earliest(projected, r.date());
      }
      if (outcome != ExitOutcome.POSITIVE) {
        missing.addAll(r.missingFacts());
      }
    }
    return new ExitOutcomeResult(outcome, positive, projected, new ArrayList<>(missing),
        Verdicts.ruleName(rule));
  }

  /** Whether the participant is of the senior age on the day a completion is completed. */
  public static CompletionAge age(RuleContext rule, ChantierCompletion completion, boolean holds,
      String reason) {
    return new CompletionAge(completion, Verdicts.known(rule, "SENIOR_AGE@" + completion.completedOn(),
        holds, reason, "birthDate"));
  }

  /** The birth date is missing: the age on that day is unknown. */
  public static CompletionAge unknownAge(RuleContext rule, ChantierCompletion completion,
      String reason) {
    return new CompletionAge(completion, Verdicts.unknown(rule,
        "SENIOR_AGE@" + completion.completedOn(), reason, List.of(), List.of("birthDate")));
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
