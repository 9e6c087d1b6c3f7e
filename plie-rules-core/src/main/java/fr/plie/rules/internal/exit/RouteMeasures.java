package fr.plie.rules.internal.exit;

import fr.plie.rules.internal.facts.ExitActivity;
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
import java.util.List;
import java.util.function.Predicate;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The date arithmetic of the exit routes, called by each route's measuring rule once every
 * activity the route examines has been qualified. Which activities qualify, the thresholds and
 * the resulting status stay in the rules; this only computes dates and the French account of them.
 * The durations are those of the route's rows of the exit-route table, which the measuring rule
 * passes on (with the rows themselves, which the route's assessment cites).
 *
 * <p>Called by the rules of revision 1 of 2018.1 and 2018.2, kept so that the decisions they took
 * replay identically: do not change what it computes. Revision 2 calls {@link ExitMeasures}.
 */
public final class RouteMeasures {
  private RouteMeasures() {}

  /**
   * A route acquired when {@code months} months of one activity are completed while it still runs
   * (CDI, business creation, the senior's chantier d'insertion).
   */
  public static RouteMeasure monthsInPost(RuleContext rule, ExitRoute route, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months, int daysPerMonth) {
    LocalDate today = exitCase.assessmentDate();
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
      LocalDate completed = ExitDates.completedOn(a.start(), months);
      String note = ExitDates.clampNote(what, a.start(), months);
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
          progress.add(what + ", commencé le " + a.start() + " : " + months
              + " mois accomplis le " + completed + (a.end() == null ? "" : " (fin le " + a.end() + ")")
              + ".");
        } else if (!a.start().isAfter(today)) {
          progress.add(what + " dure depuis le " + a.start() + " ("
              + ExitDates.monthsAndDays(Cumulation.units(a.start(), today, daysPerMonth), daysPerMonth)
              + " au " + today + ") : " + months + " mois seront accomplis le " + completed
              + " s'il se poursuit comme prévu" + (a.end() == null ? "" : " (fin prévue le " + a.end() + ")")
              + ".");
        } else {
          progress.add(what + " commence le " + a.start() + " : " + months
              + " mois seraient accomplis le " + completed + ".");
        }
      } else {
        int done = Cumulation.units(a.start(), a.end(), daysPerMonth);
        int missing = months * daysPerMonth - done;
        progress.add(what + " " + (a.end().isAfter(today) ? "prendra fin" : "a pris fin") + " le "
            + a.end() + " après " + ExitDates.monthsAndDays(done, daysPerMonth) + " (depuis le "
            + a.start() + ") ; " + months + " mois sont requis, accomplis le " + completed
            + " : il manque " + ExitDates.monthsAndDays(Math.max(missing, 1), daysPerMonth)
            + ". Il aurait fallu qu'il se poursuive jusqu'au " + completed + " au moins.");
      }
    }
    return new RouteMeasure(route, certain, possible, certainUsed, possibleUsed,
        String.join(" ", progress), notes, quals, Verdicts.ruleName(rule), months, null,
        rows(conditions));
  }

  /**
   * A route acquired on the first day of a qualifying activity (qualifying training, contrat aidé);
   * {@code months} is only recorded, for the route's reasons (the contrat aidé's contracted duration).
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
   * A route acquired when the qualifying activities cumulate {@code months} months within a
   * window of {@code windowMonths} consecutive months (interim, CDD).
   */
  public static RouteMeasure cumulated(RuleContext rule, ExitRoute route, ExitCase exitCase,
      Collection<?> qualifications, Collection<?> conditions, int months, int windowMonths,
      int daysPerMonth) {
    LocalDate today = exitCase.assessmentDate();
    List<Qualification> quals = sorted(qualifications);
    int required = months * daysPerMonth;
    LocalDate horizon = horizon(exitCase, windowMonths);
    List<Qualification> certainQuals = select(quals, q -> q.finding().isTrue());
    List<Qualification> possibleQuals = select(quals, q -> !q.finding().isFalse());
    Cumulation.Reach certain = reach(certainQuals, required, windowMonths, daysPerMonth, today, horizon);
    Cumulation.Reach possible = possibleQuals.size() == certainQuals.size() ? certain
        : reach(possibleQuals, required, windowMonths, daysPerMonth, today, horizon);
    String plural = ExitLabels.plural(route);
    List<String> progress = new ArrayList<>();
    if (possibleQuals.isEmpty()) {
      progress.add("Aucune activité ne compte pour cette voie.");
    } else if (certain.reachedOn() != null && !certain.reachedOn().isAfter(today)) {
      progress.add(ExitLabels.capitalized(plural) + " cumulent " + months + " mois sur les "
          + windowMonths + " mois glissants commençant le " + certain.windowStart() + " : "
          + months + " mois atteints le " + certain.reachedOn() + ".");
    } else {
      String best = ExitDates.monthsAndDays(certain.bestUnitsByDate(), daysPerMonth);
      progress.add("Au " + today + ", " + plural + (certainQuals.size() < possibleQuals.size()
          ? " dont la prise en compte est acquise" : "") + " cumulent " + best + " sur "
          + windowMonths + " mois glissants ; " + months + " mois sont requis"
          + (certain.bestDay() == null ? "" : " (meilleure période : du "
              + certain.bestWindowStart() + " au " + certain.bestDay() + ")") + ".");
      if (certain.reachedOn() != null) {
        progress.add("Si les activités se poursuivent comme prévu, " + months + " mois seront atteints le "
            + certain.reachedOn() + " (fenêtre commençant le " + certain.windowStart() + ").");
      } else {
        Cumulation.Reach recorded = reach(certainQuals, required, windowMonths, daysPerMonth,
            horizon, horizon);
        int shortfall = required - recorded.bestUnitsByDate();
        if (recorded.bestUnitsByDate() > certain.bestUnitsByDate()) {
          progress.add("En comptant les jours prévus après le " + today + ", ils cumuleraient au plus "
              + ExitDates.monthsAndDays(recorded.bestUnitsByDate(), daysPerMonth) + ".");
        }
        progress.add("Il manque " + ExitDates.monthsAndDays(shortfall, daysPerMonth)
            + " dans une même période de " + windowMonths + " mois consécutifs.");
      }
    }
    if (possible != certain && possible.reachedOn() != null) {
      progress.add("Si les faits manquants étaient favorables, " + months + " mois seraient atteints le "
          + possible.reachedOn() + ".");
    }
    return new RouteMeasure(route, certain.reachedOn(), possible.reachedOn(),
        used(certainQuals, certain, windowMonths), used(possibleQuals, possible, windowMonths),
        String.join(" ", progress), List.of(), quals, Verdicts.ruleName(rule), months,
        windowMonths, rows(conditions));
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

  private static Cumulation.Reach reach(List<Qualification> quals, int required, int windowMonths,
      int daysPerMonth, LocalDate bestBy, LocalDate horizon) {
    List<Cumulation.Span> spans = new ArrayList<>();
    for (Qualification q : quals) {
      ExitActivity a = q.activity();
      spans.add(new Cumulation.Span(a.start(), a.end() == null ? horizon : a.end()));
    }
    return Cumulation.reach(Cumulation.merge(spans), required, windowMonths, daysPerMonth, bestBy);
  }

  /** The activities that overlap the window that reached the cumulation. */
  private static List<Integer> used(List<Qualification> quals, Cumulation.Reach reach,
      int windowMonths) {
    List<Integer> out = new ArrayList<>();
    if (reach.reachedOn() == null) {
      return out;
    }
    for (Qualification q : quals) {
      ExitActivity a = q.activity();
      boolean overlaps = !a.start().isAfter(reach.reachedOn())
          && (a.end() == null || !a.end().isBefore(reach.windowStart()));
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
