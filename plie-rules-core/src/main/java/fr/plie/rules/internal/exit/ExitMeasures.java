package fr.plie.rules.internal.exit;

import fr.plie.rules.internal.facts.ChantierCompletion;
import fr.plie.rules.internal.facts.ChantierPeriods;
import fr.plie.rules.internal.facts.CompletionAge;
import fr.plie.rules.internal.facts.ExitActivity;
import fr.plie.rules.internal.facts.Finding;
import fr.plie.rules.internal.facts.Parameter;
import fr.plie.rules.internal.facts.Qualification;
import fr.plie.rules.internal.facts.RouteCondition;
import fr.plie.rules.internal.facts.RouteMeasure;
import fr.plie.rules.internal.facts.Verdicts;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitRoute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The date arithmetic of the exit routes of 2018.1 revision 2 (and later), called by each route's
 * measuring rule once every activity the route examines has been qualified. As in revision 1,
 * which activities qualify, the thresholds and the resulting status stay in the rules; this only
 * computes dates and the French account of them. What changed (issue 8, docs/interpretations.md):
 *
 * <ul>
 *   <li>days before the participant's pathway start ({@code pathwayStartDate}) count for no route:
 *       an activity begun before it counts from that day;
 *   <li>cumulated routes apply the convention « workedDays » ({@link WorkedDays}), monotone;
 *   <li>the senior route counts a chantier contract and its renewals as one period in the job
 *       ({@link #chantierPeriods}).
 * </ul>
 *
 * <p>{@link RouteMeasures} and {@link Cumulation} stay as they were for the rules of revision 1.
 */
public final class ExitMeasures {
  private ExitMeasures() {}

  /**
   * A route acquired when {@code months} months of one activity, counted from its start or from
   * the pathway start, are completed while it still runs (CDI, business creation, a training
   * given some months).
   */
  public static RouteMeasure monthsInPost(RuleContext rule, ExitRoute route, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months) {
    LocalDate today = exitCase.assessmentDate();
    LocalDate pathway = exitCase.pathwayStartDate();
    List<Qualification> quals = sorted(qualifications);
    LocalDate certain = null;
    LocalDate possible = null;
    List<Integer> certainUsed = new ArrayList<>();
    List<Integer> possibleUsed = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Qualification q : quals) {
      if (q.finding().isFalse()) {
        continue;
      }
      ExitActivity a = q.activity();
      String what = ExitLabels.capitalized(ExitLabels.activity(a.type())) + " activities["
          + a.index() + "]";
      LocalDate from = a.countsFrom(pathway);
      String since = from.equals(a.start()) ? "commencé le " + a.start()
          : "commencé le " + a.start() + ", compté à partir du " + from
              + " (entrée dans le parcours)";
      LocalDate completed = ExitDates.completedOn(from, months);
      String note = ExitDates.clampNote(what, from, months);
      if (note != null) {
        notes.add(note);
      }
      boolean lastsLongEnough = a.end() == null || !a.end().isBefore(completed);
      if (lastsLongEnough) {
        if (q.finding().isTrue() && (certain == null || completed.isBefore(certain))) {
          certain = completed;
          certainUsed = List.of(a.index());
        }
        if (possible == null || completed.isBefore(possible)) {
          possible = completed;
          possibleUsed = List.of(a.index());
        }
        if (!completed.isAfter(today)) {
          progress.add(what + ", " + since + " : " + months + " mois accomplis le " + completed
              + (a.end() == null ? "" : " (fin le " + a.end() + ")") + ".");
        } else if (!from.isAfter(today)) {
          progress.add(what + ", " + since + ", dure depuis " + ExitDates.elapsed(from, today)
              + " au " + today + " : " + months + " mois seront accomplis le " + completed
              + " s'il se poursuit comme prévu"
              + (a.end() == null ? "" : " (fin prévue le " + a.end() + ")") + ".");
        } else {
          progress.add(what + " commence le " + a.start() + " : " + months
              + " mois seraient accomplis le " + completed + ".");
        }
      } else {
        progress.add(what + ", " + since + ", " + (a.end().isAfter(today) ? "prendra fin" : "a pris fin")
            + " le " + a.end() + " après " + ExitDates.elapsed(from, a.end()) + " ; " + months
            + " mois sont requis, accomplis le " + completed + " : il manque "
            + ExitDates.days(java.time.temporal.ChronoUnit.DAYS.between(a.end(), completed))
            + ". Il aurait fallu qu'il se poursuive jusqu'au " + completed + " au moins.");
      }
    }
    return new RouteMeasure(route, certain, possible, certainUsed, possibleUsed,
        String.join(" ", progress), notes, quals, Verdicts.ruleName(rule), months, null,
        rows(conditions));
  }

  /**
   * A route acquired on the first day of a qualifying activity (qualifying training, contrat aidé:
   * those signed before the pathway start do not qualify); {@code months} is only recorded, for
   * the route's reasons (the contrat aidé's contracted duration).
   */
  public static RouteMeasure onStart(RuleContext rule, ExitRoute route, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months) {
    LocalDate today = exitCase.assessmentDate();
    List<Qualification> quals = sorted(qualifications);
    LocalDate certain = null;
    LocalDate possible = null;
    List<Integer> certainUsed = new ArrayList<>();
    List<Integer> possibleUsed = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    for (Qualification q : quals) {
      if (q.finding().isFalse()) {
        continue;
      }
      ExitActivity a = q.activity();
      if (q.finding().isTrue() && (certain == null || a.start().isBefore(certain))) {
        certain = a.start();
        certainUsed = List.of(a.index());
      }
      if (possible == null || a.start().isBefore(possible)) {
        possible = a.start();
        possibleUsed = List.of(a.index());
      }
      progress.add(ExitLabels.capitalized(ExitLabels.activity(a.type())) + " activities["
          + a.index() + "] " + (a.start().isAfter(today) ? "commence" : "a commencé") + " le "
          + a.start() + ".");
    }
    return new RouteMeasure(route, certain, possible, certainUsed, possibleUsed,
        String.join(" ", progress), List.of(), quals, Verdicts.ruleName(rule), months, null,
        rows(conditions));
  }

  /**
   * A route acquired when the days worked in the qualifying activities (from the pathway start
   * on) make {@code months} months within a sliding window of {@code windowMonths} months, by the
   * convention the parameter names (interim, CDD).
   */
  public static RouteMeasure cumulated(RuleContext rule, ExitRoute route, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months, int windowMonths,
      Parameter convention) {
    if (!"workedDays".equals(convention.text())) {
      throw new IllegalStateException("unknown cumulation convention " + convention.label());
    }
    LocalDate today = exitCase.assessmentDate();
    LocalDate pathway = exitCase.pathwayStartDate();
    List<Qualification> quals = sorted(qualifications);
    LocalDate horizon = horizon(exitCase, windowMonths);
    List<Qualification> certainQuals = select(quals, q -> q.finding().isTrue());
    List<Qualification> possibleQuals = select(quals, q -> !q.finding().isFalse());
    WorkedDays certainDays = days(certainQuals, pathway, horizon);
    WorkedDays possibleDays = possibleQuals.size() == certainQuals.size() ? certainDays
        : days(possibleQuals, pathway, horizon);
    WorkedDays.Reach certain = certainDays.reach(months, windowMonths);
    WorkedDays.Reach possible = possibleDays == certainDays ? certain
        : possibleDays.reach(months, windowMonths);
    String plural = ExitLabels.plural(route);
    List<String> progress = new ArrayList<>();
    if (possibleQuals.isEmpty()) {
      progress.add("Aucune activité ne compte pour cette voie.");
    } else if (certain.reachedOn() != null && !certain.reachedOn().isAfter(today)) {
      progress.add(ExitLabels.capitalized(plural) + " font " + months + " mois le "
          + certain.reachedOn() + " : " + certain.worked() + " jours de travail sur les "
          + windowMonths + " mois glissants commençant le " + certain.windowStart()
          + ", au moins autant que les " + certain.required() + " jours de " + months
          + " mois ce jour-là.");
    } else {
      WorkedDays.Reach closest = certainDays.closest(months, windowMonths, today);
      String retained = certainQuals.size() < possibleQuals.size()
          ? " dont la prise en compte est acquise" : "";
      if (certainQuals.isEmpty()) {
        progress.add("Aucune activité n'est retenue avec certitude pour cette voie.");
      } else if (closest == null) {
        progress.add("Au " + today + ", " + plural + retained + " n'ont encore aucun jour de"
            + " travail accompli.");
      } else {
        progress.add("Au " + today + ", " + plural + retained + " cumulent au mieux "
            + ExitDates.days(closest.worked()) + " de travail sur les " + windowMonths
            + " mois glissants qui s'achèvent le " + closest.reachedOn() + " (depuis le "
            + closest.windowStart() + "), quand " + months + " mois font "
            + closest.required() + " jours ce jour-là : il manque "
            + ExitDates.days(closest.shortfall()) + ".");
      }
      if (certain.reachedOn() != null) {
        progress.add("Si les activités se poursuivent comme prévu, " + months
            + " mois seront atteints le " + certain.reachedOn() + " (" + certain.worked()
            + " jours de travail depuis le " + certain.windowStart() + ").");
      } else if (!certainQuals.isEmpty()) {
        WorkedDays.Reach recorded = certainDays.closest(months, windowMonths, horizon);
        if (recorded != null && (closest == null || recorded.shortfall() < closest.shortfall())) {
          progress.add("En comptant les jours prévus après le " + today + ", il manquerait encore "
              + ExitDates.days(recorded.shortfall()) + " (" + recorded.worked()
              + " jours de travail dans les " + windowMonths + " mois qui s'achèvent le "
              + recorded.reachedOn() + ", pour " + recorded.required() + ").");
        }
        progress.add("Les " + months + " mois ne sont atteints dans aucune période de "
            + windowMonths + " mois consécutifs.");
      }
    }
    if (pathway != null && possibleQuals.stream().anyMatch(q -> q.activity().startsBefore(pathway))) {
      progress.add("Les jours avant l'entrée dans le parcours PLIE, le " + pathway
          + ", ne sont pas comptés.");
    }
    List<String> tableRows = new ArrayList<>(rows(conditions));
    tableRows.add(Verdicts.row(convention));
    return new RouteMeasure(route, certain.reachedOn(), possible.reachedOn(),
        used(certainQuals, certain, pathway), used(possibleQuals, possible, pathway),
        String.join(" ", progress), List.of(), quals, Verdicts.ruleName(rule), months,
        windowMonths, tableRows);
  }

  /**
   * The senior route's chantier contracts gathered into periods in the job: contracts that follow
   * each other with at most {@code gap} days without a contract are one period (the renewals).
   * Each contract opens a count of {@code months} months in the job, from its start (or from the
   * pathway start) through the renewals that follow it; a count the period lasts long enough for
   * is a {@link ChantierCompletion}, whose day the senior age is checked on by the rules.
   */
  public static ChantierPeriods chantierPeriods(RuleContext rule, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months, Parameter gap) {
    LocalDate today = exitCase.assessmentDate();
    LocalDate pathway = exitCase.pathwayStartDate();
    int gapDays = gap.intValue();
    List<Qualification> quals = sorted(qualifications);
    List<ExitActivity> contracts = new ArrayList<>();
    for (Qualification q : quals) {
      if (!q.finding().isFalse()) {
        contracts.add(q.activity());
      }
    }
    contracts.sort(Comparator.comparing((ExitActivity a) -> a.countsFrom(pathway))
        .thenComparingInt(ExitActivity::index));
    List<ChantierCompletion> completions = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int first = 0;
    while (first < contracts.size()) {
      // One period: the contracts that start at most gapDays after the period's last day so far
      // (all of them once a contract runs with no end).
      LocalDate end = contracts.get(first).end();
      int last = first;
      while (last + 1 < contracts.size() && (end == null
          || !contracts.get(last + 1).countsFrom(pathway).isAfter(end.plusDays(gapDays + 1L)))) {
        last++;
        LocalDate next = contracts.get(last).end();
        end = end == null || next == null ? null : next.isAfter(end) ? next : end;
      }
      List<ExitActivity> period = contracts.subList(first, last + 1);
      LocalDate periodStart = period.get(0).countsFrom(pathway);
      boolean completes = false;
      Set<LocalDate> counted = new LinkedHashSet<>();
      for (ExitActivity contract : period) {
        LocalDate from = contract.countsFrom(pathway);
        if (!counted.add(from)) {
          continue;
        }
        LocalDate completed = ExitDates.completedOn(from, months);
        if (end != null && end.isBefore(completed)) {
          break;
        }
        completes = true;
        List<ExitActivity> running = new ArrayList<>();
        for (ExitActivity c : period) {
          if (!c.countsFrom(pathway).isAfter(completed)
              && (c.end() == null || !c.end().isBefore(from))) {
            running.add(c);
          }
        }
        completions.add(new ChantierCompletion(contract, from, completed, running));
        String note = ExitDates.clampNote("La période en chantier d'insertion comptée à partir"
            + " de activities[" + contract.index() + "]", from, months);
        if (note != null) {
          notes.add(note);
        }
      }
      if (!completes) {
        LocalDate completed = ExitDates.completedOn(periodStart, months);
        progress.add((period.size() == 1 ? "Le contrat en chantier d'insertion " : "Les contrats en"
            + " chantier d'insertion ") + labels(period, pathway) + (period.size() == 1 ? ""
            : ", renouvelés sans interruption de plus de " + ExitDates.days(gapDays) + ",")
            + (end.isAfter(today) ? " prendront fin" : " ont pris fin") + " le " + end + " après "
            + ExitDates.elapsed(periodStart, end) + " dans l'emploi ; " + months
            + " mois sont requis, accomplis le " + completed + " : il manque "
            + ExitDates.days(java.time.temporal.ChronoUnit.DAYS.between(end, completed)) + ".");
      }
      first = last + 1;
    }
    List<String> tableRows = new ArrayList<>(rows(conditions));
    tableRows.add(Verdicts.row(gap));
    return new ChantierPeriods(quals, completions, months, gapDays, String.join(" ", progress),
        notes, Verdicts.ruleName(rule), tableRows);
  }

  /**
   * The senior route from the completions and the age on each one's day: acquired (or pending) on
   * the earliest completion at the senior age, certain when the age is known.
   */
  public static RouteMeasure senior(RuleContext rule, ChantierPeriods periods,
      Collection<?> ages) {
    Map<ChantierCompletion, Finding> byCompletion = new HashMap<>();
    for (Object o : ages) {
      CompletionAge age = (CompletionAge) o;
      byCompletion.put(age.completion(), age.finding());
    }
    List<ChantierCompletion> completions = new ArrayList<>(periods.completions());
    completions.sort(Comparator.comparing(ChantierCompletion::completedOn));
    ChantierCompletion certain = null;
    ChantierCompletion possible = null;
    ChantierCompletion latest = null;
    for (ChantierCompletion c : completions) {
      Finding age = byCompletion.get(c);
      if (age == null) {
        throw new IllegalStateException("no age finding for the completion on " + c.completedOn());
      }
      latest = c;
      if (certain == null && age.isTrue()) {
        certain = c;
      }
      if (possible == null && !age.isFalse()) {
        possible = c;
      }
    }
    List<String> progress = new ArrayList<>();
    ChantierCompletion shown = certain != null ? certain : possible != null ? possible : latest;
    if (shown != null) {
      progress.add(describe(shown, periods.months()));
    }
    if (!periods.progress().isEmpty()) {
      progress.add(periods.progress());
    }
    return new RouteMeasure(ExitRoute.SENIOR_CHANTIER_INSERTION,
        certain == null ? null : certain.completedOn(),
        possible == null ? null : possible.completedOn(),
        indexes(certain), indexes(possible), String.join(" ", progress), periods.notes(),
        periods.qualifications(), periods.rule(), periods.months(), null, periods.tableRows(),
        certain == null ? List.of() : List.of(byCompletion.get(certain)),
        possible == null ? List.of() : List.of(byCompletion.get(possible)),
        latest == null ? List.of() : List.of(byCompletion.get(latest)));
  }

  private static String describe(ChantierCompletion c, int months) {
    List<ExitActivity> contracts = c.contracts();
    StringBuilder out = new StringBuilder(contracts.size() == 1
        ? "Contrat en chantier d'insertion " : "Contrats en chantier d'insertion ");
    List<String> each = new ArrayList<>();
    for (ExitActivity a : contracts) {
      each.add("activities[" + a.index() + "] (du " + a.start()
          + (a.end() == null ? ", sans date de fin" : " au " + a.end()) + ")");
    }
    out.append(join(each));
    if (contracts.size() > 1) {
      out.append(", renouvelés sans interruption");
    }
    out.append(" : ").append(months).append(" mois dans l'emploi depuis le ")
        .append(c.countedFrom());
    if (!c.countedFrom().equals(c.first().start())) {
      out.append(" (entrée dans le parcours)");
    }
    out.append(", accomplis le ").append(c.completedOn()).append('.');
    return out.toString();
  }

  private static List<Integer> indexes(ChantierCompletion c) {
    return c == null ? List.of() : c.contracts().stream().map(ExitActivity::index).sorted().toList();
  }

  private static String labels(List<ExitActivity> contracts, LocalDate pathway) {
    List<String> each = new ArrayList<>();
    for (ExitActivity a : contracts) {
      LocalDate from = a.countsFrom(pathway);
      each.add("activities[" + a.index() + "] (du " + from
          + (a.end() == null ? ", sans date de fin" : " au " + a.end()) + ")");
    }
    return join(each);
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " et "
        + items.get(items.size() - 1);
  }

  /** Far enough that an activity with no end reaches any cumulation it can: it stands for "no end". */
  private static LocalDate horizon(ExitCase exitCase, int windowMonths) {
    LocalDate last = exitCase.assessmentDate();
    for (var a : exitCase.activities()) {
      if (a.start().isAfter(last)) {
        last = a.start();
      }
      if (a.end() != null && a.end().isAfter(last)) {
        last = a.end();
      }
    }
    return last.plusMonths(windowMonths);
  }

  private static WorkedDays days(List<Qualification> quals, LocalDate pathway, LocalDate horizon) {
    List<WorkedDays.Span> spans = new ArrayList<>();
    for (Qualification q : quals) {
      ExitActivity a = q.activity();
      LocalDate from = a.countsFrom(pathway);
      LocalDate to = a.end() == null ? horizon : a.end();
      if (!to.isBefore(from)) {
        spans.add(new WorkedDays.Span(from, to));
      }
    }
    return WorkedDays.of(spans);
  }

  /** The activities that have days counted in the window that reached the months. */
  private static List<Integer> used(List<Qualification> quals, WorkedDays.Reach reach,
      LocalDate pathway) {
    List<Integer> out = new ArrayList<>();
    if (reach.reachedOn() == null) {
      return out;
    }
    for (Qualification q : quals) {
      ExitActivity a = q.activity();
      boolean overlaps = !a.countsFrom(pathway).isAfter(reach.reachedOn())
          && (a.end() == null || !a.end().isBefore(reach.windowStart()))
          && (a.end() == null || !a.end().isBefore(a.countsFrom(pathway)));
      if (overlaps) {
        out.add(a.index());
      }
    }
    return out;
  }

  /** How the route's assessment cites the rows of the exit-route table it applied, in row order. */
  private static List<String> rows(Collection<?> conditions) {
    List<RouteCondition> all = new ArrayList<>();
    for (Object o : conditions) {
      all.add((RouteCondition) o);
    }
    all.sort(Comparator.comparingInt(RouteCondition::rowNumber));
    return all.stream().map(Verdicts::row).toList();
  }

  private static List<Qualification> sorted(Collection<?> qualifications) {
    List<Qualification> out = new ArrayList<>();
    for (Object o : qualifications) {
      out.add((Qualification) o);
    }
    out.sort(Comparator.comparingInt(Qualification::index));
    return out;
  }

  private static List<Qualification> select(List<Qualification> quals, Predicate<Qualification> test) {
    return quals.stream().filter(test).toList();
  }
}
